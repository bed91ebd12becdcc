package nnbasics.dl4j.data;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The fuzz tests' rule for a message shown to the user: one line, and no Java class name in it ("Exception",
 * "java.") outside the quoted cells and column names, which show the input as it was found. The twin of the
 * hand-written side's {@code nnbasics.handwritten.data.UserMessages}.
 */
public final class UserMessages {

    /** A cell or name quoted by the reader, with its quotes and backslashes escaped. */
    private static final String QUOTED = "\"(\\\\.|[^\"\\\\])*\"";

    private UserMessages() {
    }

    /** @param message the exception's message */
    public static void assertUserFacing(String message) {
        assertFalse(message == null || message.isBlank(), "the message is empty");
        assertFalse(message.contains("\n") || message.contains("\r"), () -> "the message is not one line: " + message);
        String ownWords = message.replaceAll(QUOTED, "\"…\"");
        assertFalse(ownWords.contains("Exception") || ownWords.contains("java."),
                () -> "the message names Java internals: " + message);
    }
}
