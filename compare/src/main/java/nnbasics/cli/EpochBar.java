package nnbasics.cli;

import java.io.PrintWriter;

/** A progress bar for one MNIST epoch on standard error, redrawn in place at each whole percent (for a console). */
final class EpochBar {

    /** Width of the bar, in characters. */
    static final int WIDTH = 30;

    private EpochBar() {
    }

    /** Draws the bar of epoch {@code epoch} (0-based) after {@code done} of {@code total} mini-batches. */
    static void draw(PrintWriter err, int epoch, int done, int total) {
        int step = Math.max(1, total / 100);
        if (done % step != 0 && done != total) {
            return;
        }
        int filled = (int) ((long) done * WIDTH / total);
        err.print("\repoch " + (epoch + 1) + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done
                + "/" + total);
        err.flush();
    }
}
