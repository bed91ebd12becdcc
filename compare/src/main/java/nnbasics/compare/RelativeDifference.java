package nnbasics.compare;

/**
 * The relative difference used by every twin comparison: |a − b| / max(|a|, |b|), and 0 when a = b
 * (which covers both being zero, as parameters are at a zero start).
 */
public final class RelativeDifference {

    private RelativeDifference() {
    }

    /** |a − b| / max(|a|, |b|); 0 when a == b; infinite when exactly one of them is not finite. */
    public static double of(double a, double b) {
        if (a == b) {
            return 0.0;
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    /** The largest {@link #of(double, double)} over two arrays of the same length. */
    public static double max(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("cannot compare " + a.length + " values with " + b.length);
        }
        double max = 0.0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, of(a[i], b[i]));
        }
        return max;
    }
}
