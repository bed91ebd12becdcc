package nnbasics.compare.guide;

import java.util.List;
import java.util.Map;
import nnbasics.compare.Difference;

/**
 * One section of the guide as the report shows it.
 *
 * @param number         the guide's section number, "7.1" and "7.2" for the two halves of its section 7
 * @param title          its title
 * @param narrative      a few sentences of the guide's story
 * @param console        the aligned text printed for it (tables and numbers)
 * @param figures        the numbers it reproduces, by name, in order (these go into summary.json)
 * @param twinDifference the largest twin difference between the engines in its runs (value, tensor, step), or
 *                       null without a run
 * @param pictures       the pictures drawn for it
 * @param tolerance      the twin tolerance of its runs when it is not the guide's (the hidden-layer networks'
 *                       {@code Tolerances.NETWORKS}), or null for the guide's own
 */
public record Section(String number, String title, String narrative, String console, Map<String, Object> figures,
                      Difference twinDifference, List<Figure> pictures, Double tolerance) {

    /** A section held to the guide's own tolerance. */
    public Section(String number, String title, String narrative, String console, Map<String, Object> figures,
                   Difference twinDifference, List<Figure> pictures) {
        this(number, title, narrative, console, figures, twinDifference, pictures, null);
    }

    /** Its own tolerance, or {@code guide}'s when it has none. */
    public double tolerance(double guide) {
        return tolerance == null ? guide : tolerance;
    }

    /** Whether its twin difference, if any, is within its tolerance ({@code guide} unless it has its own). */
    public boolean agrees(double guide) {
        return twinDifference == null || !twinDifference.exceeds(tolerance(guide));
    }

    /** The number as a heading starts: "1.", "7.1". */
    public String heading() {
        return number.contains(".") ? number : number + ".";
    }
}
