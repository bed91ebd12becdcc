package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;

/**
 * What one engine did in a run, epoch by epoch.
 *
 * @param name            {@code hand} or {@code dl4j}
 * @param trainLoss       the mean of the batch losses (each before its update) during each epoch
 * @param testAccuracy    the test accuracy after each epoch
 * @param secondsPerEpoch the wall time of each epoch's training steps (evaluation and comparison excluded)
 * @param sizes           the widths from the input to the output: 784, hidden widths…, 10
 * @param parameters      the tensors after the last epoch ({@code W, b}, or {@code W1, b1, W2, b2, …})
 * @param confusion       counts[actual][predicted] on the test images after the last epoch
 */
public record EngineHistory(String name, double[] trainLoss, double[] testAccuracy, double[] secondsPerEpoch,
                            int[] sizes, List<Tensor> parameters, int[][] confusion) {

    public EngineHistory {
        parameters = List.copyOf(parameters);
    }

    /** @return the test accuracy after the last epoch */
    public double finalAccuracy() {
        return testAccuracy[testAccuracy.length - 1];
    }

    /** @return the first layer's W after the last epoch, flat [pixel][unit] (for softmax regression, [pixel][digit]) */
    public double[] firstLayerWeights() {
        return parameters.get(0).values();
    }

    /** @return the first layer's units: 10 for softmax regression (the digits), else the first hidden width */
    public int firstLayerUnits() {
        return sizes[1];
    }

    /** @return true for a network with hidden layers, false for softmax regression */
    public boolean hasHiddenLayers() {
        return sizes.length > 2;
    }
}
