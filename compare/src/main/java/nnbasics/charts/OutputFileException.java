package nnbasics.charts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An output file that could not be written, named as the caller named it (never the temporary file it was written
 * to first), with the operating system's reason in words: "a folder is in the way", "No space left on device".
 * Nothing was left half-written: the temporary file is gone and the file in place, if any, is untouched.
 */
public final class OutputFileException extends IOException {

    private final transient Path file;
    private final String reason;

    OutputFileException(Path file, Throwable cause) {
        super("cannot write " + file + " (" + reason(file, cause) + ")", cause);
        this.file = file;
        this.reason = reason(file, cause);
    }

    /** @return the file that was to be written, as its caller named it */
    public Path file() {
        return file;
    }

    /** @return why it could not be written, in words, no class name */
    public String reason() {
        return reason;
    }

    /**
     * A folder where the file goes, or the innermost cause's message: a library that wraps the disk's error (the SVG
     * writer wraps it twice) still shows "No space left on device", not its own class names.
     */
    static String reason(Path file, Throwable cause) {
        if (Files.isDirectory(file)) {
            return "a folder of that name is in the way, expected a file";
        }
        Throwable innermost = cause;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        if (innermost instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (innermost instanceof FileSystemException fs) { // its message would name the temporary file
            return fs.getReason() == null ? "the file system refused" : fs.getReason();
        }
        String message = innermost.getMessage();
        if (message == null || message.isBlank()) {
            return "an input/output error";
        }
        // a library that folds its cause into its message ("org.xml.sax.SAXException: java.io.IOException: No
        // space left on device", over lines): the last line, without the class names before the words
        String[] lines = message.strip().split("\\R");
        String words = lines[lines.length - 1].replaceFirst("^(?:[\\w.$]+(?:Exception|Error): )+", "");
        return words.isBlank() ? "an input/output error" : words;
    }
}
