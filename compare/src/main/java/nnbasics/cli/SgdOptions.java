package nnbasics.cli;

import picocli.CommandLine.Option;

/**
 * The mini-batch SGD flags that {@code mnist} and {@code mnist-sweep} share, with their check: one definition, so
 * the two commands train and describe the same schedule. A picocli mixin: its options appear where the command
 * declares it.
 */
final class SgdOptions {

    @Option(names = "--batch", defaultValue = "100", paramLabel = "B",
            description = "Images per mini-batch (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--lr", defaultValue = "0.5", paramLabel = "RATE",
            description = "Learning rate of SGD (default: ${DEFAULT-VALUE}).")
    private double lr;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the per-epoch shuffles (default: ${DEFAULT-VALUE}).")
    private long seed;

    /** Checks the values before any work: B at least 1, the rate finite and positive. */
    void check() {
        if (batch < 1) {
            throw new UserError("--batch must be at least 1, got " + batch);
        }
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new UserError("--lr must be a finite positive number, got " + lr);
        }
    }

    /** @return B, images per mini-batch */
    int batch() {
        return batch;
    }

    /** @return the learning rate */
    double lr() {
        return lr;
    }

    /** @return the seed of the per-epoch shuffles */
    long seed() {
        return seed;
    }
}
