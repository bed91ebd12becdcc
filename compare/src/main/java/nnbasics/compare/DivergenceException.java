package nnbasics.compare;

/** Training stopped because the loss became non-finite or kept growing: the learning rate is too large. */
public final class DivergenceException extends RuntimeException {

    private final int step;

    public DivergenceException(int step, String message) {
        super(message);
        this.step = step;
    }

    /** The step at which training was stopped. */
    public int step() {
        return step;
    }
}
