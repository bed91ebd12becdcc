package nnbasics.compare;

/**
 * The relative difference used by every twin comparison: |a − b| / max(|a|, |b|), and 0 when a = b
 * (which covers both being zero, as parameters are at a zero start).
 *
 * <p>For a parameter during a run the denominator also takes the largest magnitude that parameter has had so far
 * ({@link #of(double, double, double)}): a parameter that crosses zero on its way (the bias of the guide's section
 * 5 passes 0 near step 438, where it is 0.07 after having been 200) would otherwise be divided by almost nothing,
 * and the ~1e−13 absolute rounding difference that both engines legitimately carry would read as 1e−12 "relative".
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

    /** |a − b| / max(|a|, |b|, scale): the difference relative to the value's own scale in the run. */
    public static double of(double a, double b, double scale) {
        if (a == b) {
            return 0.0;
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(a - b) / Math.max(scale, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** The largest {@link #of(double, double)} over two arrays of the same length. */
    public static double max(double[] a, double[] b) {
        return max(a, b, new double[a.length]);
    }

    /** The largest {@link #of(double, double, double)} over two arrays of the same length, with a scale each. */
    public static double max(double[] a, double[] b, double[] scale) {
        if (a.length != b.length || a.length != scale.length) {
            throw new IllegalArgumentException("cannot compare " + a.length + " values with " + b.length);
        }
        double max = 0.0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, of(a[i], b[i], scale[i]));
        }
        return max;
    }
}
