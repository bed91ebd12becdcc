package nnbasics.handwritten.kernels;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs the chunks 0 … n−1 of a piece of work on a few threads and waits for all of them. Which thread runs which
 * chunk varies from call to call; the results do not, as long as each chunk writes only its own outputs — which is
 * how {@link MnistSoftmaxKernel} and {@link BackpropagationKernel} cut their work (rows of a batch, then bands of
 * weights), so that their numbers are the same bits whatever the number of threads.
 *
 * <p><b>Hand-off</b>: a training batch is two calls of a fraction of a millisecond each, and waking a parked thread
 * costs tens of microseconds. So a helper that has just finished keeps looking for the next call for a short while
 * ({@link #SPIN_NANOS}, {@link Thread#onSpinWait}) before it parks; the caller wakes only parked helpers, and waits
 * for the helpers' last chunks spinning as long, then yielding (a busy machine may have taken a helper's core).
 * Helpers start on the first call and stop after {@link #IDLE_NANOS} without work (the next call starts them again).
 * The calling thread claims chunks too, so a call finishes even if no helper ever shows up.
 */
public final class Chunks {

    /**
     * How long a helper looks for the next call before it parks (longer than a batch's serial part), and how long the
     * caller spins for the helpers' last chunks before it yields its core to them.
     */
    static final long SPIN_NANOS = 50_000;
    /** How long a parked helper waits for work before it stops. */
    static final long IDLE_NANOS = 2_000_000_000L;

    private final int threads;
    /** The helper threads, null where none runs. Guarded by {@code this}. */
    private final Thread[] helpers;
    /** Whether helper t is parked (or about to park) and needs an unpark to see a new call. */
    private final boolean[] parked;
    /** The latest call; helpers compare it by identity with the last one they worked on. */
    private volatile Call call;

    /** @param threads how many threads work on a call, the caller's included; 1 runs everything on the caller */
    public Chunks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.helpers = new Thread[threads - 1];
        this.parked = new boolean[threads - 1];
    }

    /** The number of threads when none is given: the cores, at most {@link #MAX_DEFAULT_THREADS}. */
    public static int defaultThreads() {
        return Math.max(1, Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * More threads than this rarely pay on batches of 100: a batch is a fraction of a millisecond of work, and each
     * of its two phases ends with all threads meeting.
     */
    public static final int MAX_DEFAULT_THREADS = 2;

    public int threads() {
        return threads;
    }

    /** Runs {@code work.accept(c)} for every chunk c in 0 … n−1, each exactly once; returns when all are done. */
    public void run(int n, IntConsumer work) {
        if (threads == 1 || n == 1) {
            for (int c = 0; c < n; c++) {
                work.accept(c);
            }
            return;
        }
        Call current = new Call(work, n);
        call = current;                                      // published: a spinning helper picks it up now
        synchronized (this) {
            for (int t = 0; t < Math.min(helpers.length, n - 1); t++) {
                if (helpers[t] == null) {
                    helpers[t] = start(t);
                } else if (parked[t]) {
                    parked[t] = false;
                    LockSupport.unpark(helpers[t]);
                }
            }
        }
        current.claimChunks();
        long waiting = System.nanoTime();
        while (current.finished.get() < n) {                 // the last chunks, claimed by helpers
            if (System.nanoTime() - waiting < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();                              // a helper that lost its core may need this one
            }
        }
        if (current.failure != null) {
            if (current.failure instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) current.failure;
        }
    }

    private Thread start(int t) {
        Thread thread = new Thread(() -> help(t), "nnbasics-chunks");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Helper t: works on each new call, spins a while after it, then parks; stops when idle for long. */
    private void help(int t) {
        Call done = null;
        long lastWork = System.nanoTime();
        while (true) {
            Call current = call;
            if (current != done) {
                current.claimChunks();
                done = current;
                lastWork = System.nanoTime();
                continue;
            }
            long idle = System.nanoTime() - lastWork;
            if (idle < SPIN_NANOS) {
                Thread.onSpinWait();
                continue;
            }
            synchronized (this) {
                if (call != done) {
                    continue;                                // a call came in meanwhile
                }
                if (idle > IDLE_NANOS) {
                    helpers[t] = null;                       // the next call starts a new helper
                    return;
                }
                parked[t] = true;
            }
            LockSupport.parkNanos(this, IDLE_NANOS);
            synchronized (this) {
                parked[t] = false;
            }
        }
    }

    /** One call of {@link #run}: its chunks are claimed one by one by whichever thread is free. */
    private static final class Call {
        final IntConsumer work;
        final int n;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        volatile Throwable failure;

        Call(IntConsumer work, int n) {
            this.work = work;
            this.n = n;
        }

        void claimChunks() {
            for (int c = next.getAndIncrement(); c < n; c = next.getAndIncrement()) {
                try {
                    work.accept(c);
                } catch (RuntimeException | Error e) {
                    failure = e;
                } finally {
                    finished.incrementAndGet();
                }
            }
        }
    }
}
