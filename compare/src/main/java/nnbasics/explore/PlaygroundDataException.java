package nnbasics.explore;

/** A CSV the playground cannot train on: one line naming the file (line, column) or the flag and what was expected. */
public final class PlaygroundDataException extends RuntimeException {

    public PlaygroundDataException(String message) {
        super(message);
    }
}
