package nnbasics.handwritten.parallel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs the chunks 0 … n−1 of a piece of work on a few threads and waits for all of them. Which thread runs which
 * chunk varies from call to call; the results do not, as long as each chunk writes only its own outputs — which is
 * how {@code MnistSoftmax} cuts its work (rows of a batch, then bands of pixels), so that its numbers are the same
 * bits whatever the number of threads.
 */
public final class Chunks implements AutoCloseable {

    private final int threads;
    private final ExecutorService helpers;

    /** @param threads how many threads work on a call, the caller's included; 1 runs everything on the caller */
    public Chunks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.helpers = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread thread = new Thread(runnable, "nnbasics-mnist");
            thread.setDaemon(true);
            return thread;
        });
    }

    public int threads() {
        return threads;
    }

    /** Runs {@code work.accept(c)} for every chunk c in 0 … n−1, each exactly once; returns when all are done. */
    public void run(int n, IntConsumer work) {
        if (helpers == null || n == 1) {
            for (int c = 0; c < n; c++) {
                work.accept(c);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        int extra = Math.min(threads, n) - 1;
        Phaser done = new Phaser(extra + 1);
        RuntimeException[] failure = new RuntimeException[1];
        Runnable loop = () -> {
            try {
                for (int c = next.getAndIncrement(); c < n; c = next.getAndIncrement()) {
                    work.accept(c);
                }
            } catch (RuntimeException e) {
                failure[0] = e;
            } finally {
                done.arrive();
            }
        };
        for (int t = 0; t < extra; t++) {
            helpers.execute(loop);
        }
        loop.run();
        done.awaitAdvance(0);
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdown();
        }
    }
}
