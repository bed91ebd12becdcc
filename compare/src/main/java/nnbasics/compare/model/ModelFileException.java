package nnbasics.compare.model;

/** A model folder or file that cannot be read or written: one line naming the file and what was wrong. */
public final class ModelFileException extends RuntimeException {

    public ModelFileException(String message) {
        super(message);
    }
}
