package nnbasics.charts;

import java.util.Arrays;

/**
 * Deterministic thinning of long series for drawing: a 20,000-step run is drawn from at most
 * {@value #MAX_POINTS} of its points. Both methods return the kept indexes in increasing order, always
 * including the first and the last, so a test (or a reader) can check every drawn value against the input.
 */
public final class Thinning {

    /** The most points a long series is drawn with; 800 pixels of plot width cannot show more. */
    public static final int MAX_POINTS = 2000;

    private Thinning() {
    }

    /**
     * Evenly spaced indexes: all of them when {@code length ≤ maxPoints}, otherwise
     * i_m = round(m · (length − 1) / (maxPoints − 1)) for m = 0 … maxPoints − 1 (first and last included).
     */
    public static int[] evenly(int length, int maxPoints) {
        checkArguments(length, maxPoints);
        if (length <= maxPoints) {
            return all(length);
        }
        int[] kept = new int[maxPoints];
        for (int m = 0; m < maxPoints; m++) {
            kept[m] = (int) Math.round(m * (length - 1) / (double) (maxPoints - 1));
        }
        return kept;
    }

    /**
     * Indexes that keep the shape of a noisy series: the first and the last, and in each of
     * (maxPoints − 2) / 2 equal buckets of the points between them the index of the smallest and of the largest value
     * (the earlier one on ties). The global maximum and minimum are therefore always drawn — the largest difference
     * between the engines is never thinned away. All indexes when {@code values.length ≤ maxPoints}.
     */
    public static int[] keepingExtremes(double[] values, int maxPoints) {
        int length = values.length;
        checkArguments(length, maxPoints);
        if (length <= maxPoints) {
            return all(length);
        }
        int interior = length - 2;
        int buckets = (maxPoints - 2) / 2;
        int[] kept = new int[2 + 2 * buckets];
        int count = 0;
        kept[count++] = 0;
        for (int bucket = 0; bucket < buckets; bucket++) {
            int from = 1 + (int) ((long) bucket * interior / buckets);
            int to = 1 + (int) ((long) (bucket + 1) * interior / buckets);
            if (from >= to) {
                continue;
            }
            int min = from;
            int max = from;
            for (int i = from + 1; i < to; i++) {
                if (values[i] < values[min]) {
                    min = i;
                }
                if (values[i] > values[max]) {
                    max = i;
                }
            }
            kept[count++] = Math.min(min, max);
            if (max != min) {
                kept[count++] = Math.max(min, max);
            }
        }
        kept[count++] = length - 1;
        return Arrays.copyOf(kept, count);
    }

    /** values[indexes[m]] for every m. */
    public static double[] pick(double[] values, int[] indexes) {
        double[] picked = new double[indexes.length];
        for (int m = 0; m < indexes.length; m++) {
            picked[m] = values[indexes[m]];
        }
        return picked;
    }

    /** The indexes as x values (the step numbers of a per-step series). */
    public static double[] asDoubles(int[] indexes) {
        double[] x = new double[indexes.length];
        for (int m = 0; m < indexes.length; m++) {
            x[m] = indexes[m];
        }
        return x;
    }

    private static int[] all(int length) {
        int[] kept = new int[length];
        for (int i = 0; i < length; i++) {
            kept[i] = i;
        }
        return kept;
    }

    private static void checkArguments(int length, int maxPoints) {
        if (length < 1) {
            throw new IllegalArgumentException("cannot thin an empty series");
        }
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must keep at least the first and the last point, was " + maxPoints);
        }
    }
}
