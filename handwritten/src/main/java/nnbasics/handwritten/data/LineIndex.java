package nnbasics.handwritten.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a character offset in a text into a 1-based line number. A line ends at "\n", "\r\n" or a lone "\r".
 */
final class LineIndex {

    private final String text;
    /** lineStarts[k] = offset of the first character of line k + 1. */
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The line on which a record starts. Commons CSV reports a record's position before the blank lines it
     * skipped, so line breaks at that position are stepped over first.
     *
     * @param offset the character position of the record, as {@code CSVRecord.getCharacterPosition()} gives it
     * @return the 1-based line number of the record's first character
     */
    long lineOfRecordAt(long offset) {
        int position = (int) offset;
        while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
            position++;
        }
        int found = Arrays.binarySearch(lineStarts, position);
        int lineIndex = found >= 0 ? found : -found - 2;   // the last line that starts at or before position
        return lineIndex + 1L;
    }
}
