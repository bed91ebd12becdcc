package nnbasics.handwritten.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of numbers of unknown length, grown in fixed chunks of {@value #CHUNK} values, so that growing never
 * copies what is already there; {@link #toArray()} makes the one array at the end.
 */
final class DoubleChunks {

    /** 64 KB a chunk: small against a large file, large against the per-chunk overhead (about 24 bytes). */
    static final int CHUNK = 8192;
    /** The longest array a JVM can allocate, a little below Integer.MAX_VALUE. */
    static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private final List<double[]> full = new ArrayList<>();
    private double[] current = new double[CHUNK];
    private int inCurrent;

    void add(double value) {
        if (inCurrent == CHUNK) {
            full.add(current);
            current = new double[CHUNK];
            inCurrent = 0;
        }
        current[inCurrent++] = value;
    }

    int size() {
        return full.size() * CHUNK + inCurrent;
    }

    /** @return every value added, in order; the chunks are released as they are copied */
    double[] toArray() {
        double[] all = new double[size()];
        int at = 0;
        for (int k = 0; k < full.size(); k++) {
            System.arraycopy(full.get(k), 0, all, at, CHUNK);
            full.set(k, null);
            at += CHUNK;
        }
        System.arraycopy(current, 0, all, at, inCurrent);
        current = null;
        return all;
    }
}
