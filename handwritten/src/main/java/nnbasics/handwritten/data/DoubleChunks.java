package nnbasics.handwritten.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of numbers of unknown length, grown in chunks that are never copied while it grows; {@link #toArray()}
 * makes the one array at the end. The first chunk is small and each next one twice as long, up to {@value #CHUNK}
 * values, so that a file of many columns and few rows holds little (a 100,000-column file of 3 rows: 100,000 × 16
 * doubles, not 100,000 × 8,192):
 *
 * <pre>
 * chunk lengths: FIRST, 2·FIRST, 4·FIRST, …, CHUNK, CHUNK, CHUNK, …
 * held ≤ 2 · values + FIRST                         while the chunks double; then ≤ values + CHUNK
 * </pre>
 */
final class DoubleChunks {

    /** The first chunk: 16 values, 128 bytes. */
    static final int FIRST = 16;
    /** The longest chunk, 64 KB: small against a large file, large against the per-chunk overhead (about 24 bytes). */
    static final int CHUNK = 8192;
    /** The longest array a JVM can allocate, a little below Integer.MAX_VALUE. */
    static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private final List<double[]> full = new ArrayList<>();
    private int inFull;
    private double[] current = new double[FIRST];
    private int inCurrent;

    void add(double value) {
        if (inCurrent == current.length) {
            full.add(current);
            inFull += current.length;
            current = new double[Math.min(CHUNK, 2 * current.length)];
            inCurrent = 0;
        }
        current[inCurrent++] = value;
    }

    int size() {
        return inFull + inCurrent;
    }

    /** @return the doubles held now, filled or not (for a test of the memory a column takes) */
    long capacity() {
        return inFull + (long) current.length;
    }

    /** @return every value added, in order; the chunks are released as they are copied */
    double[] toArray() {
        double[] all = new double[size()];
        int at = 0;
        for (int k = 0; k < full.size(); k++) {
            double[] chunk = full.get(k);
            System.arraycopy(chunk, 0, all, at, chunk.length);
            full.set(k, null);
            at += chunk.length;
        }
        System.arraycopy(current, 0, all, at, inCurrent);
        current = null;
        return all;
    }
}
