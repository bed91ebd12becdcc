package nnbasics.explore;

import java.math.BigDecimal;

/**
 * One of the guide's dials: a value from {@code min} to {@code max} in steps of {@code step}. A slider holds the
 * number of steps from {@code min} (an int, "ticks"); the value is min + ticks · step computed in decimal, so the
 * dial at 100 ticks of 0.001 reads exactly 0.1, not 0.10000000000000002.
 *
 * @param name the label, e.g. "weight w"
 * @param min  the smallest value
 * @param max  the largest value
 * @param step the resolution
 */
public record Dial(String name, double min, double max, double step) {

    public Dial {
        if (!(max > min) || !(step > 0)) {
            throw new IllegalArgumentException(name + ": need min < max and step > 0, was " + min + " … " + max
                    + " by " + step);
        }
    }

    /** The number of steps from min to max (the slider's maximum; its minimum is 0). */
    public int ticks() {
        return (int) Math.round((max - min) / step);
    }

    /** The value at {@code ticks} steps above min (clamped to the dial). */
    public double value(int ticks) {
        int clamped = Math.max(0, Math.min(ticks(), ticks));
        return BigDecimal.valueOf(min).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(clamped)))
                .doubleValue();
    }

    /** The nearest tick to {@code value} (clamped to the dial): where a slider shows a value between ticks. */
    public int ticks(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        long nearest = Math.round((value - min) / step);
        return (int) Math.max(0, Math.min(ticks(), nearest));
    }

    /** The value snapped to the nearest tick. */
    public double snap(double value) {
        return value(ticks(value));
    }
}
