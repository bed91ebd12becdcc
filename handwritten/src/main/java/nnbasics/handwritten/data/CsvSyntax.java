package nnbasics.handwritten.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a CSV text breaks the quoting rules, to name the line and the column when Commons CSV rejects it
 * (its own message names the line only, and in Java's words). The rules are those of {@code CSVFormat.DEFAULT}:
 * a cell is quoted when its first character is {@code "}; inside it {@code ""} is one quote; after the closing
 * quote only spaces may come before the comma or the end of the line. The text is scanned as a stream, one
 * character at a time, so a mistake near the end of a large file costs no memory.
 */
final class CsvSyntax {

    private static final int QUOTE = '"';
    private static final int DELIMITER = ',';
    private static final int END = -1;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * A quoting mistake.
     *
     * @param line   the 1-based line of the mistake (for a quote never closed: the line where it opens)
     * @param column the 0-based index of the cell in its record
     * @param name   the column's name from the header (the first record that is not blank), or null when the
     *               mistake is in the header itself or beyond its columns
     * @param what   what was expected and what was found, in words
     */
    record Mistake(long line, int column, String name, String what) {

        /** {@code column "area" (2)}, or {@code column 2} without a name. */
        String columnText() {
            return "column " + (name == null ? String.valueOf(column + 1) : Cells.describe(name) + " (" + (column + 1)
                    + ")");
        }
    }

    private CsvSyntax() {
    }

    /**
     * @param file a UTF-8 CSV file (a byte order mark is skipped)
     * @return its first quoting mistake, or null if its quoting is sound or it cannot be read again
     */
    static Mistake firstMistake(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return firstMistake(reader);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** @return the first quoting mistake in {@code text}, or null if its quoting is sound */
    static Mistake firstMistake(String text) {
        try {
            return firstMistake(new StringReader(text));
        } catch (IOException notFromAString) {
            throw new IllegalStateException(notFromAString);
        }
    }

    private static Mistake firstMistake(Reader source) throws IOException {
        PushbackReader in = new PushbackReader(new BufferedReader(source), 1);
        int first = in.read();
        if (first != BYTE_ORDER_MARK && first != END) {
            in.unread(first);
        }
        long line = 1;
        int column = 0;
        List<String> header = null;                 // the names, once the first record that is not blank is read
        List<String> record = new ArrayList<>();     // the cells of the record being read, while header is null
        StringBuilder cell = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c == QUOTE) {                                    // a quoted cell: up to the closing quote
                long opened = line;
                while (true) {
                    int q = in.read();
                    if (q == END) {
                        return new Mistake(opened, column, name(header, column),
                                "the quote that opens this cell is never closed"
                                        + " (expected a closing \", and \"\" for a quote inside a quoted cell)");
                    }
                    if (q == QUOTE) {
                        int next = in.read();
                        if (next != QUOTE) {
                            unread(in, next);
                            break;
                        }
                    } else if (isLineBreak(in, q)) {
                        line++;
                    }
                    cell.append((char) q);
                }
                int after = in.read();
                while (after != DELIMITER && after != END && !isLineBreak(in, after)) {
                    if (!Character.isWhitespace(after)) {
                        return new Mistake(line, column, name(header, column), "expected a comma or the end of the"
                                + " line after the closing quote, found " + Cells.describe(String.valueOf((char) after))
                                + " (write \"\" for a quote inside a quoted cell)");
                    }
                    after = in.read();
                }
                c = after;
            } else {                                             // an unquoted cell: a quote inside it is plain text
                while (c != DELIMITER && c != END && !isLineBreak(in, c)) {
                    cell.append((char) c);
                    c = in.read();
                }
            }
            // c ends the cell: a comma, a line break (already consumed) or the end
            if (header == null) {
                record.add(cell.toString().trim());
            }
            cell.setLength(0);
            if (c == DELIMITER) {
                column++;
                continue;
            }
            if (header == null && !(record.size() == 1 && record.get(0).isEmpty())) {
                header = List.copyOf(record);                    // a blank line is no header: Commons CSV skips it
            }
            record.clear();
            if (c == END) {
                return null;
            }
            line++;
            column = 0;
        }
    }

    private static String name(List<String> header, int column) {
        return header != null && column < header.size() ? header.get(column) : null;
    }

    /** True for "\n", "\r" and "\r\n" (then the "\n" is consumed too). */
    private static boolean isLineBreak(PushbackReader in, int c) throws IOException {
        if (c == '\n') {
            return true;
        }
        if (c == '\r') {
            int next = in.read();
            if (next != '\n') {
                unread(in, next);
            }
            return true;
        }
        return false;
    }

    private static void unread(PushbackReader in, int c) throws IOException {
        if (c != END) {
            in.unread(c);
        }
    }
}
