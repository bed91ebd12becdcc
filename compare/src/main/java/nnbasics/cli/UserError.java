package nnbasics.cli;

/** A mistake in what the user asked for (a flag, a value): reported as one line, exit code 1, no stack trace. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
