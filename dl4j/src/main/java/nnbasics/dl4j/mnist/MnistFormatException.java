package nnbasics.dl4j.mnist;

/** An MNIST IDX file that is not what it should be (wrong magic number, wrong sizes, truncated, unreadable). */
public final class MnistFormatException extends RuntimeException {

    public MnistFormatException(String message) {
        super(message);
    }

    public MnistFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
