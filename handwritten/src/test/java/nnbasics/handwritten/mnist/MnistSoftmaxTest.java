package nnbasics.handwritten.mnist;

import static nnbasics.handwritten.mnist.MnistData.CLASSES;
import static nnbasics.handwritten.mnist.MnistData.PIXELS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.classification.ClassificationLoss;
import nnbasics.handwritten.classification.SoftmaxGradient;
import nnbasics.handwritten.classification.SoftmaxModel;
import org.junit.jupiter.api.Test;

/** The readable MNIST trainer on synthetic MNIST-shaped data: closed forms, the reference softmax code, finite differences. */
class MnistSoftmaxTest {

    /**
     * The MNIST trainer and {@link ClassificationLoss#CROSS_ENTROPY} compute the same sums in a different order (and
     * the reference adds the zero pixels): gradient entries of order 0.1, a few ε each, over ≤ 784 terms.
     */
    private static final double SAME_MATH = 1e-14;

    /**
     * Central differences with h = 1e−5 (FiniteDifferences in the classification tests): truncation h²·|L'''|/6 and
     * rounding ε·|L|/h, both below 1e−10 for a loss and derivatives of order 1.
     */
    private static final double FINITE_DIFFERENCE = 1e-8;

    private static final double STEP = 1e-5;

    /** Adding 20 copies of ln 10 ≈ 2.3 and dividing by 20: each addition rounds by at most ε·46, so ~1e−15 at worst. */
    private static final double MEAN_OF_EQUAL_TERMS = 1e-14;

    private static final double RATE = 0.5;

    /** Ten probabilities, each divided by the same S and rounded, then added: a few ε from 1. */
    private static final double SUM_OF_PROBABILITIES = 1e-15;

    @Test
    void lossAtZeroIsLogTen() {
        MnistData data = SyntheticDigits.data(20, 1);
        // closed form: W = 0, b = 0 give p_k = 1/10 for every image, so L = −log(1/10) = ln 10; each row's loss is
        // log(Σ e^0) − 0 = log 10 exactly, the mean of 20 of them is rounded in the additions
        assertEquals(Math.log(10), new MnistSoftmax(RATE).trainBatch(data, IntStream.range(0, 20).toArray()),
                MEAN_OF_EQUAL_TERMS, "the first batch loss from zero");
    }

    @Test
    void gradientIsTheClassificationPackagesCrossEntropyGradient() {
        MnistData data = SyntheticDigits.data(30, 2);
        int[] rows = {3, 17, 0, 29, 17};                      // any rows, in any order, repeats allowed
        double[] w = SyntheticDigits.uniform(PIXELS * CLASSES, 0.05, 3);
        double[] b = SyntheticDigits.uniform(CLASSES, 0.5, 4);
        MnistGradient actual = new MnistSoftmax(RATE, w, b).gradient(data, rows);

        // expected: the tested reference code of the classification package, on the same rows as double[][]
        double[][] features = new double[rows.length][];
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            features[i] = Arrays.copyOfRange(data.images(), rows[i] * PIXELS, (rows[i] + 1) * PIXELS);
            labels[i] = data.labels()[rows[i]];
        }
        List<String> digits = new ArrayList<>();
        for (int k = 0; k < CLASSES; k++) {
            digits.add(Integer.toString(k));
        }
        ClassificationData reference = new ClassificationData(features, labels, digits);
        double[][] w2 = new double[PIXELS][CLASSES];
        for (int j = 0; j < PIXELS; j++) {
            System.arraycopy(w, j * CLASSES, w2[j], 0, CLASSES);
        }
        SoftmaxModel model = new SoftmaxModel(w2, b);
        SoftmaxGradient expected = ClassificationLoss.CROSS_ENTROPY.gradient(model, reference);

        assertEquals(ClassificationLoss.CROSS_ENTROPY.loss(model, reference), actual.loss(), SAME_MATH, "loss");
        double[] dW = actual.weights();
        for (int j = 0; j < PIXELS; j++) {
            for (int k = 0; k < CLASSES; k++) {
                assertEquals(expected.weights()[j][k], dW[j * CLASSES + k], SAME_MATH, "∂L/∂W[" + j + "][" + k + "]");
            }
        }
        assertArrayEquals(expected.bias(), actual.bias(), SAME_MATH, "∂L/∂b");
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        MnistData data = SyntheticDigits.data(10, 5);
        int[] rows = {0, 4, 9, 2};
        double[] w = SyntheticDigits.uniform(PIXELS * CLASSES, 0.1, 6);
        double[] b = SyntheticDigits.uniform(CLASSES, 0.5, 7);
        assertFiniteDifferences(data, rows, w, b, 40, 8);
    }

    /**
     * Compares every ∂L/∂b_k and {@code samples} random ∂L/∂W_jk (half at pixels that are nonzero in the first row)
     * with central differences of {@link MnistSoftmax#loss(MnistData, int[])}.
     */
    static void assertFiniteDifferences(MnistData data, int[] rows, double[] w, double[] b, int samples, long seed) {
        MnistGradient gradient = new MnistSoftmax(RATE, w, b).gradient(data, rows);
        for (int k = 0; k < CLASSES; k++) {
            double[] plus = b.clone();
            double[] minus = b.clone();
            plus[k] += STEP;
            minus[k] -= STEP;
            double central = (new MnistSoftmax(RATE, w, plus).loss(data, rows)
                    - new MnistSoftmax(RATE, w, minus).loss(data, rows)) / (2 * STEP);
            assertEquals(central, gradient.bias()[k], FINITE_DIFFERENCE, "∂L/∂b[" + k + "]");
        }
        int[] ink = IntStream.range(0, PIXELS).filter(j -> data.pixel(rows[0], j) != 0).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        double[] dW = gradient.weights();
        for (int s = 0; s < samples; s++) {
            int j = s % 2 == 0 ? ink[random.nextInt(ink.length)] : random.nextInt(PIXELS);
            int k = random.nextInt(CLASSES);
            int at = j * CLASSES + k;
            double[] plus = w.clone();
            double[] minus = w.clone();
            plus[at] += STEP;
            minus[at] -= STEP;
            double central = (new MnistSoftmax(RATE, plus, b).loss(data, rows)
                    - new MnistSoftmax(RATE, minus, b).loss(data, rows)) / (2 * STEP);
            assertEquals(central, dW[at], FINITE_DIFFERENCE, "∂L/∂W[" + j + "][" + k + "]");
        }
    }

    @Test
    void trainBatchSubtractsTheRateTimesTheGradient() {
        MnistData data = SyntheticDigits.data(12, 9);
        int[] rows = {11, 1, 5};
        double[] w = SyntheticDigits.uniform(PIXELS * CLASSES, 0.1, 10);
        double[] b = SyntheticDigits.uniform(CLASSES, 0.5, 11);
        MnistSoftmax trainer = new MnistSoftmax(RATE, w, b);
        MnistGradient gradient = trainer.gradient(data, rows);
        double loss = trainer.trainBatch(data, rows);
        assertEquals(gradient.loss(), loss, 0.0, "trainBatch returns the loss before the update");
        double[] dW = gradient.weights();
        double[] after = trainer.weights();
        for (int i = 0; i < w.length; i++) {
            // expected: W − lr·dW, the same two roundings as the code: exact
            assertEquals(w[i] - RATE * dW[i], after[i], 0.0, "W at " + i);
        }
        for (int k = 0; k < CLASSES; k++) {
            assertEquals(b[k] - RATE * gradient.bias()[k], trainer.bias()[k], 0.0, "b[" + k + "]");
        }
    }

    @Test
    void batchFromAnOrderSliceIsTheSameStepAsACopiedBatch() {
        MnistData data = SyntheticDigits.data(50, 12);
        int[] order = EpochOrder.of(50, 3, 0);
        MnistSoftmax sliced = new MnistSoftmax(RATE);
        MnistSoftmax copied = new MnistSoftmax(RATE);
        MnistSoftmax epoch = new MnistSoftmax(RATE);
        double sum = 0;
        for (int batch = 0; batch < 3; batch++) {       // 20, 20 and a short last batch of 10
            double a = sliced.trainBatch(data, order, batch * 20, Math.min(batch * 20 + 20, 50));
            double c = copied.trainBatch(data, EpochOrder.batch(order, batch, 20));
            assertEquals(c, a, 0.0, "loss of batch " + batch);
            sum += a;
        }
        assertEquals(sum / 3, epoch.trainEpoch(data, order, 20), 0.0, "trainEpoch: the mean batch loss");
        assertArrayEquals(copied.weights(), sliced.weights(), 0.0, "W");
        assertArrayEquals(copied.weights(), epoch.weights(), 0.0, "W after trainEpoch");
        assertArrayEquals(copied.bias(), sliced.bias(), 0.0, "b");
    }

    @Test
    void evaluationAgreesWithTrainingSums() {
        MnistData data = SyntheticDigits.data(40, 13);
        MnistSoftmax trainer = new MnistSoftmax(RATE, SyntheticDigits.uniform(PIXELS * CLASSES, 0.2, 14),
                SyntheticDigits.uniform(CLASSES, 0.5, 15));
        int[] all = IntStream.range(0, 40).toArray();
        // the indexed training path and the dense evaluation path add the same terms in the same order: exact
        assertEquals(trainer.gradient(data, all).loss(), trainer.loss(data), 0.0, "loss, two paths");
        assertEquals(trainer.loss(data, all), trainer.loss(data), 0.0, "loss over all rows");
        int[][] confusion = trainer.confusion(data);
        int correct = 0;
        for (int i = 0; i < 40; i++) {
            double[] p = trainer.probabilities(data, i);
            assertEquals(1.0, Arrays.stream(p).sum(), SUM_OF_PROBABILITIES, "Σ p of image " + i);
            int predicted = trainer.predict(data, i);
            for (double pk : p) {
                assertEquals(true, pk <= p[predicted], "the prediction has the largest probability, image " + i);
            }
            correct += predicted == data.labels()[i] ? 1 : 0;
        }
        assertEquals(40, Arrays.stream(confusion).flatMapToInt(java.util.Arrays::stream).sum(), "counted");
        assertEquals(correct / 40.0, trainer.accuracy(data), 0.0, "accuracy = correct / count");
    }

    @Test
    void rejectsWrongSizesAndRates() {
        assertThrows(IllegalArgumentException.class, () -> new MnistSoftmax(0));
        assertThrows(IllegalArgumentException.class, () -> new MnistSoftmax(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new MnistSoftmax(0.5, new double[10], new double[10]));
        MnistSoftmax trainer = new MnistSoftmax(0.5);
        MnistData data = SyntheticDigits.data(3, 1);
        assertThrows(IllegalArgumentException.class, () -> trainer.trainBatch(data, new int[0]), "empty batch");
    }
}
