package nnbasics.compare;

import java.util.Locale;

/**
 * How far apart the two engines were, and where: the value of the {@link TwinDifference} metric, the tensor that
 * gave it and the step at which it was seen.
 *
 * @param value  the relative difference, ≥ 0 (infinite when exactly one engine produced a non-finite value)
 * @param tensor the tensor's name ({@link Tensor#name()}); empty when nothing was compared
 * @param step   the number of updates made when it was seen (0 = the start); −1 when nothing was compared
 */
public record Difference(double value, String tensor, int step) {

    /** Nothing compared yet: smaller than any measured difference. */
    public static final Difference NONE = new Difference(0.0, "", -1);

    /**
     * The larger of the two; on a tie, this one (the earlier step), unless this is {@link #NONE}: a measured 0 (both
     * engines hold the same bits) is kept with its tensor and step, and is not reported as "nothing compared".
     */
    public Difference max(Difference other) {
        if (step < 0) {
            return other;
        }
        return other.value > value || Double.isNaN(other.value) ? other : this;
    }

    /** True when the value exceeds the tolerance (or is not a number). */
    public boolean exceeds(double tolerance) {
        return !(value <= tolerance);
    }

    /** "4.07e-15 (tensor W, step 12)", for people. */
    public String describe() {
        if (step < 0) {
            return "nothing compared";
        }
        return String.format(Locale.ROOT, "%s (tensor %s, step %d)", format(value), tensor, step);
    }

    /** A difference as people read it: 0, or three significant digits in scientific notation. */
    public static String format(double value) {
        return value == 0.0 ? "0" : String.format(Locale.ROOT, "%.2e", value);
    }
}
