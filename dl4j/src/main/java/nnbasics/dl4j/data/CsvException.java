package nnbasics.dl4j.data;

/**
 * A user's mistake in a CSV file read the DataVec way. The message is one line that names the file and, where it applies, the
 * line (1-based, the header is line 1), the column (its name and 1-based number) and what was expected, e.g.
 * {@code data/x.csv:4: column "area" (1): expected a finite number, found "abc"} — the format of the hand-written
 * twin's {@code DataException}.
 */
public final class CsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one line, starting with the file name */
    public CsvException(String message) {
        super(message);
    }

    /**
     * @param message one line, starting with the file name
     * @param cause   the exception DataVec threw, if any
     */
    public CsvException(String message, Throwable cause) {
        super(message, cause);
    }
}
