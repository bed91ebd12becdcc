package nnbasics.cli;

import java.util.List;
import java.util.Locale;

/**
 * The text table of probabilities, a row per data row: every row up to {@value #WHOLE} rows (every file in
 * {@code data/}), beyond that the first and last {@value #ENDS} and a line saying how many are left out, so that a
 * file of millions of rows prints a page, not millions of lines; {@code --json} keeps them all.
 */
final class ProbabilityRows {

    /** The most rows printed whole: more than any data set of the project (442 rows). */
    static final int WHOLE = 500;
    /** Rows printed at each end of a longer table. */
    static final int ENDS = 10;

    private ProbabilityRows() {
    }

    /**
     * @param label the first column's heading ("row", "test")
     * @param p     [row][class] probabilities, columns in {@code classes} order
     */
    static String text(String label, List<String> classes, double[][] p) {
        int width = Math.max(6, Integer.toString(p.length).length());          // 2000000 still lines up
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%n  %-" + width + "s", label));
        for (String c : classes) {
            s.append(String.format(Locale.ROOT, "  %10s", "P(" + c + ")"));
        }
        s.append(String.format(Locale.ROOT, "  %s%n", "predicted"));
        boolean whole = p.length <= WHOLE;
        for (int i = 0; i < p.length; i++) {
            if (!whole && i == ENDS) {
                s.append(String.format(Locale.ROOT, "  … %,d rows left out (--json prints them all)%n",
                        p.length - 2 * ENDS));
                i = p.length - ENDS;
            }
            s.append(String.format(Locale.ROOT, "  %-" + width + "d", i + 1));
            int best = 0;
            for (int k = 0; k < p[i].length; k++) {
                s.append(String.format(Locale.ROOT, "  %10.4f", p[i][k]));
                best = p[i][k] > p[i][best] ? k : best;
            }
            s.append(String.format(Locale.ROOT, "  %s%n", classes.get(best)));
        }
        return s.toString();
    }
}
