package nnbasics.handwritten.data;

import java.util.regex.Pattern;

/** How a single cell is read as a number, and how a cell is shown in an error message. */
final class Cells {

    /** A plain decimal number: optional sign, digits with an optional point, optional exponent ("1e3", "-.5"). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Cells() {
    }

    /**
     * @param cell a trimmed cell
     * @return true if the cell is a decimal number whose value is finite in double precision
     */
    static boolean isFiniteNumber(String cell) {
        return DECIMAL.matcher(cell).matches() && Double.isFinite(Double.parseDouble(cell));
    }

    /**
     * Shows a cell as it would be quoted in an error message: {@code "abc"}, or {@code an empty cell}. Line breaks
     * and quotes inside the cell are escaped so the message stays one line.
     */
    static String describe(String cell) {
        if (cell.isEmpty()) {
            return "an empty cell";
        }
        String escaped = cell.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return "\"" + escaped + "\"";
    }
}
