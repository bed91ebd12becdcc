package nnbasics.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nnbasics.handwritten.classification.Softmax;

/**
 * Panel 4, softmax (guide section 7): any number of logits, typed as a list or dragged one by one, and their
 * probabilities softmax(z)_k = exp(z_k − max z) / Σ_j exp(z_j − max z).
 */
public final class LogitsModel {

    /** The range of a logit's slider (typed values may go beyond it). */
    public static final Dial LOGIT = new Dial("logit", -10, 10, 0.1);
    /** The most logits the panel draws. */
    public static final int MAX_LOGITS = 10;

    private double[] logits = {2, 4};

    /**
     * Parses "2, 4" or "-1 0 1" (commas, semicolons or spaces; "−" accepted) and keeps it.
     *
     * @throws IllegalArgumentException with a short reason when the text is empty, too long, or not numbers
     */
    public void parse(String text) {
        String[] parts = text.replace('−', '-').replace('[', ' ').replace(']', ' ').trim().split("[,;\\s]+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("type at least one number, e.g. 2, 4");
        }
        if (parts.length > MAX_LOGITS) {
            throw new IllegalArgumentException("at most " + MAX_LOGITS + " logits, found " + parts.length);
        }
        double[] parsed = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                parsed[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: \"" + parts[i] + "\"");
            }
            if (!Double.isFinite(parsed[i])) {
                throw new IllegalArgumentException("not a finite number: \"" + parts[i] + "\"");
            }
        }
        logits = parsed;
    }

    /** One logit dragged. */
    public void set(int index, double value) {
        logits[index] = value;
    }

    public double[] logits() {
        return logits.clone();
    }

    public double[] probabilities() {
        return Softmax.of(logits);
    }

    /** The logits as text, e.g. "2, 4" or "-1, 0, 1". */
    public String text() {
        List<String> parts = new ArrayList<>();
        for (double z : logits) {
            parts.add(z == Math.rint(z) && Math.abs(z) < 1e15 ? Long.toString((long) z)
                    : String.format(Locale.ROOT, "%s", z));
        }
        return String.join(", ", parts);
    }
}
