package nnbasics.guide;

import java.util.List;
import java.util.Map;

/**
 * One section of the guide as the report shows it.
 *
 * @param number    the guide's section number, "7.1" and "7.2" for the two halves of its section 7
 * @param title     its title
 * @param narrative a few sentences of the guide's story
 * @param console   the aligned text printed for it (tables and numbers)
 * @param figures   the numbers it reproduces, by name, in order (these go into summary.json)
 * @param proof     the step proof and the trajectory of its runs, or null without a run
 * @param pictures  the pictures drawn for it
 */
public record Section(String number, String title, String narrative, String console, Map<String, Object> figures,
                      TwinProof proof, List<Figure> pictures) {

    /** Whether its step proof, if any, is within its bound: the engines compute the same steps. */
    public boolean agrees() {
        return proof == null || proof.agrees();
    }

    /** The number as a heading starts: "1.", "7.1". */
    public String heading() {
        return number.contains(".") ? number : number + ".";
    }
}
