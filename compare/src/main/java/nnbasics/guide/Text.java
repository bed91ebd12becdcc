package nnbasics.guide;

import java.util.Locale;
import nnbasics.compare.Difference;
import nnbasics.charts.ChartStyle;

/** Small formatting helpers for the guide's console tables. */
final class Text {

    private Text() {
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** A twin difference as the console shows it: its value, tensor and step. */
    static String difference(Difference d) {
        return d.value() == 0.0 ? "0 (bit-for-bit equal)" : d.describe();
    }

    /** A bound as the console shows it: "1e-12", "5.572e-6". */
    static String bound(double bound) {
        return ChartStyle.number(bound);
    }

    /** A number in a sentence for a learner: two significant digits, "1.8e-15", "0.11" → "1.1e-1"; 0 as "0". */
    static String brief(double value) {
        if (value == 0.0) {
            return "0";
        }
        return f("%.1e", value).replaceAll("e([-+])0*(\\d)", "e$1$2").replace("e+", "e");
    }

    /**
     * The proof of a run in two lines (three with a control), the words of {@code classify}'s verdict:
     * <pre>
     *   step proof: each step from DL4J's state, at every step: largest difference 1.83e-15 (tensor W, step 252),
     *     within the bound 1e-12
     *   trajectory: the engines running free from the same start part by 3.02e-15 (tensor W, step 252), within
     *     its bound 1e-12
     * </pre>
     */
    static String proof(TwinProof p) {
        StringBuilder s = new StringBuilder(f("  step proof: each engine's step from DL4J's state, at every step: "
                        + "largest difference%n    %s, %s the bound %s%n", difference(p.step()),
                p.agrees() ? "within" : "ABOVE", bound(p.stepBound())));
        s.append(f("  trajectory: the engines running free from the same start part by%n    %s",
                difference(p.trajectory())));
        if (p.trajectoryBound() != null) {
            s.append(f(", %s its bound %s", p.trajectoryWithin() ? "within" : "beyond", bound(p.trajectoryBound())));
        } else {
            s.append(" (no trajectory bound: the training magnifies rounding)");
        }
        s.append('\n');
        if (p.control() != null) {
            s.append(f("  one-ulp control: the hand-written engine against itself, W1 one ulp up at the start, "
                    + "parts by%n    %s%n", difference(p.control())));
        }
        return s.toString();
    }

    /** The console's width for the sentences. */
    static final int COLUMNS = 110;

    /** A sentence wrapped at {@link #COLUMNS} columns, continued with {@code indent}; ends with a newline. */
    static String wrap(String sentence, String indent) {
        int lead = 0;
        while (lead < sentence.length() && sentence.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(sentence.substring(0, lead));
        int start = line.length();
        for (String word : sentence.substring(lead).split(" +")) {
            if (line.length() > start && line.length() + 1 + word.length() > COLUMNS) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
                start = indent.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }
}
