package nnbasics.explore;

import java.util.List;
import nnbasics.guide.GuideData;
import nnbasics.handwritten.regression.LearningRates;

/**
 * Panel 3, "two variables" (guide section 5): price = w1 · area + w2 · bathrooms + b on all ten houses, three dials
 * from zero (error ≈ 108,268) and the gradient-descent buttons with rates 1e−8, 0.01 and 1 on ½·MSE.
 */
public final class TwoVariablesModel {

    /** The guide's dials (the steps are this project's: the guide gives only the ranges). */
    public static final List<Dial> DIALS = List.of(
            new Dial("w1 (area)", -0.4, 0.4, 0.001),
            new Dial("w2 (bathrooms)", -100, 200, 0.1),
            new Dial("b", -100, 300, 0.1));
    /** The guide's rates on ½·MSE for w1, w2 and b. */
    public static final double[] RATES = {1e-8, 0.01, 1};

    private final TwinRegression twins;

    public TwoVariablesModel(GuideData data) {
        this.twins = new TwinRegression(data.tenHouses(),
                LearningRates.fromHalfMse(new double[] {RATES[0], RATES[1]}, RATES[2]), new double[3]);
    }

    /** Dial {@code index} (0 = w1, 1 = w2, 2 = b) moved to {@code value} (snapped to the dial). */
    public void set(int index, double value) {
        twins.set(index, DIALS.get(index).snap(value));
    }

    public void step(int count) {
        twins.step(count, p -> { });
    }

    public void reset() {
        twins.reset();
    }

    public TwinRegression twins() {
        return twins;
    }
}
