package nnbasics.handwritten.mnist;

import java.nio.file.Path;

/**
 * A file that is not the IDX file it should be: bad magic number, wrong dimensions, truncated or too long.
 * The message names the file, what was expected and what was found.
 */
public final class IdxFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file    the file that was read
     * @param problem what was expected and what was found, e.g. "expected 47040016 bytes for 60000 images of 28×28,
     *                found 1000"
     */
    public IdxFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    /** @return the file that was read */
    public Path file() {
        return file;
    }
}
