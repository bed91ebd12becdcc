package nnbasics.dl4j.regression;

/**
 * The normal equations (AᵀA)θ = Aᵀy have no unique solution: fewer examples than parameters, or features
 * that are (nearly) linear combinations of each other and of the constant 1.
 */
public final class SingularSystemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message says plainly why the system cannot be solved */
    public SingularSystemException(String message) {
        super(message);
    }
}
