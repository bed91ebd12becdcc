package nnbasics.compare.mnist;

/**
 * What one engine did in a run, epoch by epoch.
 *
 * @param name            {@code hand} or {@code dl4j}
 * @param trainLoss       the mean of the batch losses (each before its update) during each epoch
 * @param testAccuracy    the test accuracy after each epoch
 * @param secondsPerEpoch the wall time of each epoch's training steps (evaluation and comparison excluded)
 * @param weights         W after the last epoch, flat [pixel][digit]
 * @param bias            b after the last epoch
 * @param confusion       counts[actual][predicted] on the test images after the last epoch
 */
public record EngineHistory(String name, double[] trainLoss, double[] testAccuracy, double[] secondsPerEpoch,
                            double[] weights, double[] bias, int[][] confusion) {

    /** @return the test accuracy after the last epoch */
    public double finalAccuracy() {
        return testAccuracy[testAccuracy.length - 1];
    }
}
