package nnbasics.handwritten.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Passes text through and turns a character offset in it into a 1-based line number, keeping only the text since
 * the last record asked about (the streaming form of a whole-text line index). A line ends at "\n", "\r\n" or a
 * lone "\r".
 *
 * <pre>
 * line(p) = 1 + #{ line starts s : 0 &lt; s ≤ p }      a line starts after "\n", and after a "\r" not followed by "\n"
 * </pre>
 * Offsets must be asked for in increasing order (records come in file order); what lies before the last one is
 * forgotten, so the memory held is the parser's read-ahead plus one record, whatever the size of the file.
 */
final class LineTrackingReader extends Reader {

    private final Reader in;
    /** The characters from {@link #windowStart} up to {@link #delivered}. */
    private final StringBuilder window = new StringBuilder();
    /** Line starts (offsets after a break) at or after {@link #windowStart}, in increasing order. */
    private final ArrayDeque<Long> starts = new ArrayDeque<>();
    private long windowStart;
    private long delivered;
    /** Line starts before {@link #windowStart}. */
    private long startsBefore;
    /** The last character delivered was a "\r" whose successor is not known yet. */
    private boolean pendingCarriageReturn;

    /**
     * The longest run of characters without a comma or a line break, a cell's longest length: a million
     * characters, thousands of times any number's or class name's, so that a file with no line breaks at all
     * ({@code /dev/zero}, a binary file, one endless line) is refused once it has read a megabyte instead of filling
     * the memory with one cell. A quoted cell holding commas counts as its pieces: never refused wrongly.
     */
    static final int MAX_CELL = 1_000_000;

    /** A run of {@link #MAX_CELL} characters with no comma or line break, at the 1-based line {@link #line}. */
    static final class CellTooLongException extends IOException {
        final long line;

        CellTooLongException(long line) {
            super("a cell longer than " + MAX_CELL + " characters");
            this.line = line;
        }
    }

    /** Characters since the last comma or line break. */
    private long cell;

    LineTrackingReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = in.read(buffer, offset, length);
        if (count < 0) {
            if (pendingCarriageReturn) {
                starts.addLast(delivered);                                   // a lone "\r" at the very end
                pendingCarriageReturn = false;
            }
            return count;
        }
        for (int k = 0; k < count; k++) {
            char c = buffer[offset + k];
            long position = delivered + k;
            if (pendingCarriageReturn && c != '\n') {
                starts.addLast(position);                                    // a lone "\r" ended the line
            }
            pendingCarriageReturn = c == '\r';
            if (c == '\n') {
                starts.addLast(position + 1);                                // "\n" or "\r\n" ended the line
            }
            cell = c == ',' || isBreak(c) ? 0 : cell + 1;
            if (cell > MAX_CELL) {
                throw new CellTooLongException(1 + startsBefore + starts.size());
            }
        }
        window.append(buffer, offset, count);
        delivered += count;
        return count;
    }

    /**
     * The line on which a record starts. Commons CSV reports a record's position before the blank lines it
     * skipped, so line breaks at that position are stepped over first. Forgets the text before the record.
     *
     * @param offset the character position of the record, as {@code CSVRecord.getCharacterPosition()} gives it;
     *               never smaller than the one asked before
     * @return the 1-based line number of the record's first character
     */
    long lineOfRecordAt(long offset) {
        if (offset < windowStart) {
            throw new IllegalArgumentException("offset " + offset + " was already forgotten (window starts at "
                    + windowStart + ")");
        }
        long position = offset;
        while (position < delivered && isBreak(window.charAt((int) (position - windowStart)))) {
            position++;
        }
        forgetBefore(position);
        long line = 1 + startsBefore;
        for (long start : starts) {
            if (start > position) {
                break;
            }
            line++;
        }
        return line;
    }

    private void forgetBefore(long position) {
        while (!starts.isEmpty() && starts.peekFirst() < position) {
            starts.pollFirst();
            startsBefore++;
        }
        window.delete(0, (int) (position - windowStart));
        windowStart = position;
    }

    private static boolean isBreak(char c) {
        return c == '\r' || c == '\n';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
