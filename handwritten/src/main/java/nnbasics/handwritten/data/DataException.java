package nnbasics.handwritten.data;

/**
 * A mistake in an input file, reported so that its author can find and fix it.
 *
 * <p>The message is one line. It names the file and, where they apply, the line (1-based, the header is line 1),
 * the column (its name and 1-based number) and what was expected, for example
 * {@code data/x.csv:4: column "area" (2): expected a finite number, found "abc"}.
 */
public class DataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and where; any line break in it is replaced by a space, so the message stays
     *                one line
     */
    public DataException(String message) {
        super(oneLine(message));
    }

    /**
     * @param message what is wrong and where (made one line, as above)
     * @param cause   the underlying failure, such as the {@link java.io.IOException} of an unreadable file
     */
    public DataException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\R", " ");
    }
}
