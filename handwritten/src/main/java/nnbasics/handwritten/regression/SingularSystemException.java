package nnbasics.handwritten.regression;

/**
 * Least squares has no unique solution: fewer examples than parameters, or a column of the design matrix that is
 * (numerically) a linear combination of the others, such as a duplicated feature or a constant feature beside the
 * bias. The message says which, in plain words.
 */
public class SingularSystemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what makes the system singular */
    public SingularSystemException(String message) {
        super(message);
    }
}
