package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTensors;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.network.NetworkTrainer;

/**
 * The hand-written network on MNIST: {@link NetworkTrainer#flat} on {@link MnistData}'s images and labels (shared,
 * not copied), one mini-batch per step; tensors {@code W1, b1, W2, b2, …}; the test accuracy by its own argmax of p.
 */
public final class HandMnistNetworkEngine implements MnistEngine {

    private final MnistData test;
    private final NetworkTrainer trainer;
    private final int[] sizes;

    /**
     * @param train        the training split
     * @param test         the test split
     * @param start        W and b of every layer, input side first (784 inputs, 10 classes)
     * @param hidden       f of the hidden layers
     * @param learningRate η of SGD, for every weight and bias
     */
    public HandMnistNetworkEngine(MnistData train, MnistData test, NetworkStart start, HiddenActivation hidden,
                                  double learningRate) {
        this.test = test;
        this.trainer = NetworkTrainer.flat(train.images(), train.labels(), MnistData.PIXELS, MnistData.CLASSES,
                start.weights(), start.biases(), hidden.hand(), learningRate);
        this.sizes = NetworkTensors.sizes(start.weights());
    }

    @Override
    public String name() {
        return "hand";
    }

    @Override
    public double trainBatch(int[] rows) {
        return trainer.step(rows);
    }

    @Override
    public List<Tensor> parameters() {
        return NetworkTensors.ofFlat(trainer.flatWeights(), trainer.biases());
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public double testAccuracy() {
        int[][] counts = confusion();
        int correct = 0;
        for (int d = 0; d < counts.length; d++) {
            correct += counts[d][d];
        }
        return (double) correct / test.count();
    }

    @Override
    public int[][] confusion() {
        double[][] p = trainer.probabilities(test.images(), test.count());
        int[][] counts = new int[MnistData.CLASSES][MnistData.CLASSES];
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int k = 1; k < p[i].length; k++) {
                best = p[i][k] > p[i][best] ? k : best;     // the first of equal maxima, as argmax
            }
            counts[test.labels()[i]][best]++;
        }
        return counts;
    }

    /** @return e.g. {@code 784 → 128 relu → 10 softmax} */
    public String architecture() {
        return trainer.architecture();
    }
}
