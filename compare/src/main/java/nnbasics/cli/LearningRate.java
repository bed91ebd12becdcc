package nnbasics.cli;

import java.util.Arrays;
import nnbasics.compare.regression.RegressionAutoRate;

/**
 * The learning rates of a linear fit, from {@code --lr}: {@code auto}, one number, or one per weight and one for the
 * bias.
 *
 * @param weights one rate per weight, on MSE without ½
 * @param bias    the bias's rate
 * @param text    how to name the rate in messages
 */
record LearningRate(double[] weights, double bias, String text) {

    /** Parses {@code --lr}. {@code auto} is {@link RegressionAutoRate}: 1/tr of the MSE's Hessian. */
    static LearningRate parse(String text, double[][] x, boolean standardized) {
        int p = x[0].length;
        if (text.equals("auto")) {
            double rate = autoRate(RegressionAutoRate.of(x, standardized));
            return uniform(p, rate, "auto (" + rate + ")");
        }
        String[] parts = text.split(",", -1);
        if (parts.length == 1) {
            return uniform(p, positive(text, parts[0]), text);
        }
        if (parts.length != p + 1) {
            throw new UserError("--lr \"" + text + "\": expected one rate, or " + (p + 1)
                    + " (one per feature, then the bias), got " + parts.length);
        }
        double[] rates = new double[p + 1];
        for (int i = 0; i <= p; i++) {
            rates[i] = positive(text, parts[i]);
        }
        return new LearningRate(Arrays.copyOf(rates, p), rates[p], text);
    }

    /**
     * Checks {@code --lr} before any file is read: {@code auto}, or positive finite numbers separated by commas
     * (how many is checked once the features are known).
     */
    static void check(String text) {
        if (!text.equals("auto")) {
            for (String part : text.split(",", -1)) {
                positive(text, part);
            }
        }
    }

    /** {@link #parse(String, double[][], boolean)} on features held column by column, [feature][row]. */
    static LearningRate parseColumns(String text, double[][] columns, boolean standardized) {
        int p = columns.length;
        if (text.equals("auto") && !standardized) {
            double rate = autoRate(RegressionAutoRate.ofColumns(columns, false));
            return uniform(p, rate, "auto (" + rate + ")");
        }
        return parse(text, new double[1][p], standardized);           // the rows matter only for the raw trace
    }

    /**
     * An {@code auto} rate as computed, or one line saying why there is none: features whose squares overflow
     * double precision (above about 1.3e154) make the Hessian's trace infinite and the rate 0, which would train
     * nothing.
     */
    static double autoRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new UserError("--lr auto: the features' squares overflow double precision (values beyond about "
                    + "1.3e154), so the automatic rate is " + rate + "; rescale the features, use --standardize, or "
                    + "give --lr");
        }
        return rate;
    }

    private static LearningRate uniform(int p, double rate, String text) {
        double[] weights = new double[p];
        Arrays.fill(weights, rate);
        return new LearningRate(weights, rate, text);
    }

    private static double positive(String whole, String part) {
        double value = Values.number("--lr", whole, part.trim());
        if (value <= 0) {
            throw new UserError("--lr " + Values.shown(whole) + ": a learning rate must be positive, found " + part.trim());
        }
        return value;
    }
}
