package nnbasics.cli;

import java.io.PrintStream;
import nnbasics.compare.StepObserver;
import nnbasics.compare.StepRecord;

/**
 * A one-line progress bar on standard error for long training, drawn only when a person is watching (a console is
 * attached) and the run is long enough to wait for; redrawn at each whole percent, erased at the end.
 */
final class ConsoleProgress implements StepObserver {

    /** Runs shorter than this finish before a bar would be worth reading. */
    static final int MIN_STEPS = 5_000;

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String label;
    private int shownPercent = -1;

    private ConsoleProgress(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    /** A bar for a run of {@code steps}, or a silent observer when nobody watches or the run is short. */
    static StepObserver of(String label, int steps) {
        return System.console() != null && steps >= MIN_STEPS ? new ConsoleProgress(System.err, label)
                : StepObserver.NONE;
    }

    @Override
    public void observe(StepRecord record) {
        // the bar only counts steps
    }

    @Override
    public void stepDone(int step, int steps) {
        int percent = (int) (100L * step / steps);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = WIDTH * percent / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% ("
                + step + "/" + steps + " steps)");
        if (step == steps) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 40) + "\r");
        }
        err.flush();
    }
}
