package nnbasics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import nnbasics.compare.StepObserver;
import nnbasics.compare.StepRecord;

/**
 * A one-line progress bar on standard error for long training, drawn only when a person is watching (a console is
 * attached) and the run is long enough to wait for; redrawn at each whole percent, erased at the end.
 */
final class ConsoleProgress implements StepObserver {

    /** Runs shorter than this finish before a bar would be worth reading. */
    static final int MIN_STEPS = 5_000;
    /** ... unless each step is long: a bar from this many row-steps (steps × rows) on, about a second of work. */
    static final long MIN_ROW_STEPS = 50_000_000L;
    /** Files smaller than this are read before a bar would be worth reading. */
    static final long MIN_BYTES = 16L << 20;

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

    /** A bar for a run of {@code steps} full-batch steps over {@code rows} rows each. */
    static StepObserver of(String label, int steps, long rows) {
        return System.console() != null && (steps >= MIN_STEPS || (long) steps * rows >= MIN_ROW_STEPS)
                ? new ConsoleProgress(System.err, label) : StepObserver.NONE;
    }

    /**
     * A bar for reading a file, told the bytes read so far; silent when nobody watches or the file is small.
     *
     * @param label e.g. "reading data/big.csv (hand)"
     */
    static LongConsumer reading(String label, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | RuntimeException e) {
            return bytes -> { };
        }
        if (System.console() == null || size < MIN_BYTES) {
            return bytes -> { };
        }
        ConsoleProgress bar = new ConsoleProgress(System.err, label);
        return bytes -> bar.draw(bytes, size, "MB", 1 << 20);
    }

    /**
     * A bar for the guide's many runs on several threads, told (done, total) by any of them; {@link #clear} erases it
     * before other text is printed. Silent when nobody watches.
     */
    static ConsoleProgress shared(String label) {
        return System.console() != null ? new ConsoleProgress(System.err, label) : null;
    }

    /** {@link #stepDone} for callers on several threads. */
    synchronized void at(int done, int total) {
        draw(done, total, "steps", 1);
    }

    /** Erases the bar so that text can be printed on its line; the next update draws it again. */
    synchronized void clear() {
        if (shownPercent >= 0) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 40) + "\r");
            err.flush();
            shownPercent = -1;
        }
    }

    @Override
    public void observe(StepRecord record) {
        // the bar only counts steps
    }

    @Override
    public void stepDone(int step, int steps) {
        draw(step, steps, "steps", 1);
    }

    /** Redraws the bar at a new whole percent of {@code total}, counted in {@code unit}s of {@code scale}. */
    private void draw(long done, long total, String unit, long scale) {
        int percent = (int) (100.0 * done / total);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = WIDTH * percent / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% ("
                + done / scale + "/" + total / scale + " " + unit + ")");
        if (done >= total) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 40) + "\r");
        }
        err.flush();
    }
}
