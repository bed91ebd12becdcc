package nnbasics.cli;

/**
 * A value that is not of the flag's kind (not a number, not one of the choices): a usage error as picocli's own,
 * one line, exit code 2 (docs/errors.md), the same for every flag whether picocli or the command parses it.
 */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
