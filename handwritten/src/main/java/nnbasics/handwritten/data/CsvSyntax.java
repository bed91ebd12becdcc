package nnbasics.handwritten.data;

/**
 * Finds where a CSV text breaks the quoting rules, to name the line and the column when Commons CSV rejects it
 * (its own message names the line only, and in Java's words). The rules are those of {@code CSVFormat.DEFAULT}:
 * a cell is quoted when its first character is {@code "}; inside it {@code ""} is one quote; after the closing
 * quote only spaces may come before the comma or the end of the line.
 */
final class CsvSyntax {

    private static final char QUOTE = '"';
    private static final char DELIMITER = ',';

    /**
     * A quoting mistake.
     *
     * @param line   the 1-based line of the mistake (for a quote never closed: the line where it opens)
     * @param column the 0-based index of the cell in its record
     * @param what   what was expected and what was found, in words
     */
    record Mistake(long line, int column, String what) {
    }

    private CsvSyntax() {
    }

    /** @return the first quoting mistake in {@code text}, or null if its quoting is sound */
    static Mistake firstMistake(String text) {
        long line = 1;
        int column = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == QUOTE) {                                    // a quoted cell: up to the closing quote
                long opened = line;
                i++;
                while (true) {
                    if (i >= n) {
                        return new Mistake(opened, column, "the quote that opens this cell is never closed"
                                + " (expected a closing \", and \"\" for a quote inside a quoted cell)");
                    }
                    char q = text.charAt(i);
                    if (q == QUOTE && i + 1 < n && text.charAt(i + 1) == QUOTE) {
                        i += 2;
                    } else if (q == QUOTE) {
                        i++;
                        break;
                    } else {
                        line += lineBreakAt(text, i) > 0 ? 1 : 0;
                        i += Math.max(1, lineBreakAt(text, i));
                    }
                }
                while (i < n && text.charAt(i) != DELIMITER && lineBreakAt(text, i) == 0) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        return new Mistake(line, column, "expected a comma or the end of the line after the"
                                + " closing quote, found " + Cells.describe(String.valueOf(text.charAt(i)))
                                + " (write \"\" for a quote inside a quoted cell)");
                    }
                    i++;
                }
                continue;
            }
            if (c == DELIMITER) {
                column++;
                i++;
            } else if (lineBreakAt(text, i) > 0) {
                column = 0;
                line++;
                i += lineBreakAt(text, i);
            } else {
                // an unquoted cell: a quote inside it is plain text
                while (i < n && text.charAt(i) != DELIMITER && lineBreakAt(text, i) == 0) {
                    i++;
                }
            }
        }
        return null;
    }

    /** @return the length of the line break at {@code i} (2 for "\r\n", 1 for "\n" or "\r"), or 0 */
    private static int lineBreakAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\r') {
            return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        }
        return c == '\n' ? 1 : 0;
    }
}
