package nnbasics.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nnbasics.compare.EngineChoice;

/**
 * A {@code --data} that can be read only once: a FIFO, a pipe, {@code <(process substitution)}, a device. Only the
 * hand-written engine reads such a file once; size estimates (which open the file a first time) are skipped for it.
 */
final class ReadOnce {

    private ReadOnce() {
    }

    /** @return whether {@code file} exists and is neither a regular file nor a folder (after links) */
    static boolean isStream(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    /**
     * Refuses, before any work, a stream that the chosen engines would read more than once (it would wait forever
     * for a second writer).
     *
     * @throws UserError naming the file, the engines and what to do
     */
    static void check(Path file, EngineChoice engine) {
        if (isStream(file) && engine != EngineChoice.HAND) {
            throw new UserError("--data " + file + ": a pipe or stream, which can be read only once, but --engine "
                    + engine.name().toLowerCase(java.util.Locale.ROOT) + " reads it more than once (each engine "
                    + "reads the file its own way); save it to a file first, or use --engine hand");
        }
    }

    /**
     * Copies a stream, in its one read, to a temporary regular file that the readers may open as often as they
     * need; the caller deletes it.
     *
     * @throws UserError when the copy cannot be written (a full disk), naming {@code --data}
     */
    static Path spool(Path file) {
        Path copy = null;
        try {
            copy = Files.createTempFile("nnbasics-data-", ".csv");
            try (java.io.InputStream in = Files.newInputStream(file)) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (java.io.IOException e) {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (java.io.IOException ignored) {
                    // the message below is the one that matters
                }
            }
            throw new UserError("--data " + file + ": cannot keep a copy of the stream to read it ("
                    + (e.getMessage() == null ? "an input/output error" : e.getMessage()) + ")");
        }
    }

    /** {@code text} with the copy's name replaced by the name the user gave. */
    static String named(String text, Path copy, Path file) {
        return copy.equals(file) ? text : text.replace(copy.toString(), file.toString());
    }

    /** A one-line error about the copy, naming the user's file instead (other errors as they are). */
    static RuntimeException renamed(RuntimeException e, Path copy, Path file) {
        String message = e.getMessage();
        if (message == null || !message.contains(copy.toString())) {
            return e;
        }
        return new UserError(named(message, copy, file));
    }
}
