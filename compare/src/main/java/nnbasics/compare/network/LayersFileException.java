package nnbasics.compare.network;

/** A {@code --init} file that cannot start the network: one line naming the file and what was wrong. */
public final class LayersFileException extends RuntimeException {

    public LayersFileException(String message) {
        super(message);
    }
}
