package nnbasics.charts;

/** The texts of a {@link NetworkDiagram}: a weight as it is printed, subscript digits, a counted noun. */
final class DiagramLabels {

    private DiagramLabels() {
    }

    /** A weight with a real minus sign: "−0.25". */
    static String value(double v) {
        return ChartStyle.number(v).replace('-', '−');
    }

    /** n in subscript digits: 12 → "₁₂". */
    static String subscript(int n) {
        StringBuilder digits = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            digits.append((char) ('₀' + (c - '0')));
        }
        return digits.toString();
    }

    /** "1 class", "2 classes", "3 weights". */
    static String plural(int count, String noun) {
        if (count == 1) {
            return count + " " + noun;
        }
        return count + " " + (noun.endsWith("s") ? noun + "es" : noun + "s");
    }
}
