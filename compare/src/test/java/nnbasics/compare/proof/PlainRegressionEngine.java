package nnbasics.compare.proof;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;

/**
 * A linear model ŷ = x·w + b trained by full-batch gradient descent on the MSE without ½, L = (1/N) Σ_i (ŷ_i − y_i)²
 * (README: the same loss as DL4J's LossMSE), one loop per sum, with one plantable error ({@link Plant}).
 *
 * <pre>
 *   ∂L/∂w_j = (2/N) Σ_i (ŷ_i − y_i)·x_ij,   ∂L/∂b = (2/N) Σ_i (ŷ_i − y_i)
 *   w_j ← w_j − η_j·∂L/∂w_j,                b ← b − η_b·∂L/∂b
 * </pre>
 */
final class PlainRegressionEngine implements Engine {

    enum Plant {
        /** The correct copy. */
        NONE,
        /** The gradient of ½·MSE, (1/N) Σ (ŷ − y)·x, on a loss without ½: every update half as large. */
        HALF_MSE_GRADIENT
    }

    private final double[][] x;
    private final double[] y;
    private final double[] rates;
    private final double biasRate;
    private final Plant plant;
    private final double[] w;
    private double b;

    PlainRegressionEngine(double[][] features, double[] targets, double[] startWeights, double startBias,
                          double[] weightRates, double biasRate, Plant plant) {
        this.x = features;
        this.y = targets;
        this.rates = weightRates.clone();
        this.biasRate = biasRate;
        this.plant = plant;
        this.w = startWeights.clone();
        this.b = startBias;
    }

    @Override
    public String name() {
        return "plain-" + plant.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Engine startingFrom(List<Tensor> parameters) {
        return new PlainRegressionEngine(x, y, Engine.values(parameters, "w"), Engine.values(parameters, "b")[0],
                rates, biasRate, plant);
    }

    /** w and b, one scale group, as the DL4J twin names them. */
    @Override
    public List<Tensor> parameters() {
        return Tensor.layer("w", w.clone(), "b", new double[] {b}, "layer");
    }

    /** L = (1/N) Σ_i (ŷ_i − y_i)². */
    @Override
    public double loss() {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double e = error(i);
            sum += e * e;
        }
        return sum / y.length;
    }

    @Override
    public double step() {
        double before = loss();
        double factor = plant == Plant.HALF_MSE_GRADIENT ? 1 : 2;   // d(e²)/de = 2e; ½·e² would give e
        double[] gw = new double[w.length];
        double gb = 0;
        for (int i = 0; i < y.length; i++) {
            double e = error(i);
            for (int j = 0; j < w.length; j++) {
                gw[j] += factor * e * x[i][j];                      // Σ_i 2(ŷ_i − y_i)·x_ij
            }
            gb += factor * e;                                       // Σ_i 2(ŷ_i − y_i)
        }
        for (int j = 0; j < w.length; j++) {
            w[j] -= rates[j] * (gw[j] / y.length);
        }
        b -= biasRate * (gb / y.length);
        return before;
    }

    /** ŷ_i − y_i, ŷ_i = Σ_j x_ij·w_j + b. */
    private double error(int i) {
        double yHat = b;
        for (int j = 0; j < w.length; j++) {
            yHat += x[i][j] * w[j];
        }
        return yHat - y[i];
    }
}
