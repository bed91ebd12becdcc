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

    /** The longest part of a cell an error message echoes, so that the line stays readable (as the options'). */
    static final int ECHO_LIMIT = 40;

    /**
     * Shows a cell as it would be quoted in an error message: {@code "abc"}, or {@code an empty cell}. Quotes,
     * backslashes and every control character (line breaks, tabs, a terminal's ESC) are escaped so the message stays
     * one line and a terminal shows the cell instead of obeying it; a cell longer than {@value #ECHO_LIMIT}
     * characters is cut there, with an ellipsis and its length.
     */
    static String describe(String cell) {
        if (cell.isEmpty()) {
            return "an empty cell";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < cell.length(); i++) {
            if (i == ECHO_LIMIT) {
                return out.append("…\" (").append(String.format(java.util.Locale.ROOT, "%,d", cell.length()))
                        .append(" characters)").toString();
            }
            char c = cell.charAt(i);
            switch (c) {
                case '\\', '"' -> out.append('\\').append(c);
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** How many column names a message lists before it says how many more there are. */
    static final int NAMES_LISTED = 10;

    /**
     * Column names as a message lists them: "area, bathrooms, price"; a name with a control character, a quote or
     * more than {@value #ECHO_LIMIT} characters as {@link #describe} shows it; after {@value #NAMES_LISTED} names,
     * how many more (a file of 100,000 columns is one readable line).
     */
    static String list(java.util.List<String> names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), NAMES_LISTED); i++) {
            String name = names.get(i);
            boolean plain = !name.isEmpty() && name.length() <= ECHO_LIMIT
                    && name.chars().noneMatch(c -> Character.isISOControl(c) || c == '"' || c == '\\');
            out.append(i == 0 ? "" : ", ").append(plain ? name : describe(name));
        }
        if (names.size() > NAMES_LISTED) {
            out.append(String.format(java.util.Locale.ROOT, " … and %,d more (%,d columns)",
                    names.size() - NAMES_LISTED, names.size()));
        }
        return out.toString();
    }
}
