package nnbasics.explore;

import nnbasics.guide.GuideData;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.MeanSquaredError;
import nnbasics.handwritten.regression.RegressionData;

/**
 * Panel 1, "train your dragon" (guide section 3): a weight and a bias on two dials, price = w · area + b over the
 * first three houses, and the error (the plain MSE, as the guide prints it) with a message as it crosses the
 * guide's thresholds.
 */
public final class DragonModel {

    /** The guide's weight dial: 0 … 0.4 in steps of 0.001. */
    public static final Dial WEIGHT = new Dial("weight w", 0, 0.4, 0.001);
    /** The guide's bias dial: 0 … 460 in steps of 1. */
    public static final Dial BIAS = new Dial("bias b", 0, 460, 1);
    /** Where the dials start (error 799.09, hence the challenge "below 799"). */
    public static final double START_WEIGHT = 0.1;
    public static final double START_BIAS = 150;

    private final RegressionData houses;
    private double weight = START_WEIGHT;
    private double bias = START_BIAS;

    public DragonModel(GuideData data) {
        this.houses = data.threeHouses();
    }

    /** Sets the weight, clamped and snapped to its dial. */
    public void setWeight(double weight) {
        this.weight = WEIGHT.snap(weight);
    }

    /** Sets the bias, clamped and snapped to its dial. */
    public void setBias(double bias) {
        this.bias = BIAS.snap(bias);
    }

    public double weight() {
        return weight;
    }

    public double bias() {
        return bias;
    }

    /** MSE = (1/n) Σ (w·x_i + b − y_i)² over the three houses. */
    public double error() {
        return MeanSquaredError.loss(model(), houses);
    }

    /** The message for the current error. */
    public String message() {
        return message(error());
    }

    /** ŷ_i = w·x_i + b for each house. */
    public double[] predictions() {
        return model().predict(houses.features());
    }

    public RegressionData houses() {
        return houses;
    }

    private LinearModel model() {
        return new LinearModel(new double[] {weight}, bias);
    }

    /**
     * The message for an error, by the guide's thresholds (the wording is this project's): the teasing ones at
     * 800,000 and 100,000 and above, then below 450, 500, 600, 750 and 799, else the challenge.
     */
    public static String message(double error) {
        if (error >= 800_000) {
            return "Is the dragon even on this planet? Bring both dials back down.";
        }
        if (error >= 100_000) {
            return "Whoa, the line is flying away from the houses. Turn it back.";
        }
        if (error < 450) {
            return "Below 450: that is as good as a straight line gets (the best is 447.29). Dragon trained!";
        }
        if (error < 500) {
            return "Below 500: nearly perfect. Can you squeeze out a few more?";
        }
        if (error < 600) {
            return "Below 600: very nice, the line hugs the houses.";
        }
        if (error < 750) {
            return "Below 750: you are getting the hang of it.";
        }
        if (error < 799) {
            return "Below 799: you beat the starting point!";
        }
        return "Can you get the error below 799?";
    }
}
