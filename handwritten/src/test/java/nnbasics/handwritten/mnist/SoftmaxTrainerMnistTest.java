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
import nnbasics.handwritten.classification.ConfusionMatrix;
import nnbasics.handwritten.classification.SoftmaxGradient;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.classification.SoftmaxTrainer;
import org.junit.jupiter.api.Test;

/**
 * The readable {@link SoftmaxTrainer} on synthetic MNIST-shaped data, flat and mini-batched as MNIST trains it: closed
 * forms, the reference softmax code, finite differences.
 */
class SoftmaxTrainerMnistTest {

    /**
     * The trainer on the flat rows and {@link ClassificationLoss#CROSS_ENTROPY} on a copy of them compute the same
     * sums in the same order: no rounding difference.
     */
    private static final double SAME_MATH = 0.0;

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

    /** A trainer of cross-entropy on {@code data} from W (flat row-major, [j·10 + k]) and b. */
    static SoftmaxTrainer trainer(MnistData data, double[] w, double[] b) {
        return new SoftmaxTrainer(data.flat(), model(w, b), ClassificationLoss.CROSS_ENTROPY, RATE);
    }

    /** A trainer from W = 0, b = 0, as the tutorial starts. */
    static SoftmaxTrainer trainer(MnistData data) {
        return trainer(data, new double[PIXELS * CLASSES], new double[CLASSES]);
    }

    static SoftmaxModel model(double[] w, double[] b) {
        double[][] w2 = new double[PIXELS][CLASSES];
        for (int j = 0; j < PIXELS; j++) {
            System.arraycopy(w, j * CLASSES, w2[j], 0, CLASSES);
        }
        return new SoftmaxModel(w2, b);
    }

    /** @return W [j][k] flat row-major, [j·10 + k] */
    static double[] flat(double[][] w) {
        double[] flat = new double[w.length * CLASSES];
        for (int j = 0; j < w.length; j++) {
            System.arraycopy(w[j], 0, flat, j * CLASSES, CLASSES);
        }
        return flat;
    }

    @Test
    void lossAtZeroIsLogTen() {
        MnistData data = SyntheticDigits.data(20, 1);
        // closed form: W = 0, b = 0 give p_k = 1/10 for every image, so L = −log(1/10) = ln 10; each row's loss is
        // log(Σ e^0) − 0 = log 10 exactly, the mean of 20 of them is rounded in the additions
        assertEquals(Math.log(10), trainer(data).step(IntStream.range(0, 20).toArray()),
                MEAN_OF_EQUAL_TERMS, "the first batch loss from zero");
    }

    @Test
    void gradientIsTheClassificationPackagesCrossEntropyGradient() {
        MnistData data = SyntheticDigits.data(30, 2);
        int[] rows = {3, 17, 0, 29, 17};                      // any rows, in any order, repeats allowed
        double[] w = SyntheticDigits.uniform(PIXELS * CLASSES, 0.05, 3);
        double[] b = SyntheticDigits.uniform(CLASSES, 0.5, 4);
        SoftmaxTrainer trainer = trainer(data, w, b);
        SoftmaxGradient actual = trainer.gradient(rows);

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
        SoftmaxModel model = model(w, b);
        SoftmaxGradient expected = ClassificationLoss.CROSS_ENTROPY.gradient(model, reference);

        assertEquals(ClassificationLoss.CROSS_ENTROPY.loss(model, reference), trainer.loss(rows), SAME_MATH, "loss");
        double[][] dW = actual.weights();
        for (int j = 0; j < PIXELS; j++) {
            for (int k = 0; k < CLASSES; k++) {
                assertEquals(expected.weights()[j][k], dW[j][k], SAME_MATH, "∂L/∂W[" + j + "][" + k + "]");
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
     * with central differences of {@link SoftmaxTrainer#loss(int[])}.
     */
    static void assertFiniteDifferences(MnistData data, int[] rows, double[] w, double[] b, int samples, long seed) {
        SoftmaxGradient gradient = trainer(data, w, b).gradient(rows);
        for (int k = 0; k < CLASSES; k++) {
            double[] plus = b.clone();
            double[] minus = b.clone();
            plus[k] += STEP;
            minus[k] -= STEP;
            double central = (trainer(data, w, plus).loss(rows) - trainer(data, w, minus).loss(rows)) / (2 * STEP);
            assertEquals(central, gradient.bias()[k], FINITE_DIFFERENCE, "∂L/∂b[" + k + "]");
        }
        int[] ink = IntStream.range(0, PIXELS).filter(j -> data.pixel(rows[0], j) != 0).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        double[][] dW = gradient.weights();
        for (int s = 0; s < samples; s++) {
            int j = s % 2 == 0 ? ink[random.nextInt(ink.length)] : random.nextInt(PIXELS);
            int k = random.nextInt(CLASSES);
            int at = j * CLASSES + k;
            double[] plus = w.clone();
            double[] minus = w.clone();
            plus[at] += STEP;
            minus[at] -= STEP;
            double central = (trainer(data, plus, b).loss(rows) - trainer(data, minus, b).loss(rows)) / (2 * STEP);
            assertEquals(central, dW[j][k], FINITE_DIFFERENCE, "∂L/∂W[" + j + "][" + k + "]");
        }
    }

    @Test
    void aStepSubtractsTheRateTimesTheGradient() {
        MnistData data = SyntheticDigits.data(12, 9);
        int[] rows = {11, 1, 5};
        double[] w = SyntheticDigits.uniform(PIXELS * CLASSES, 0.1, 10);
        double[] b = SyntheticDigits.uniform(CLASSES, 0.5, 11);
        SoftmaxTrainer trainer = trainer(data, w, b);
        SoftmaxGradient gradient = trainer.gradient(rows);
        double before = trainer.loss(rows);
        double loss = trainer.step(rows);
        assertEquals(before, loss, 0.0, "step returns the loss before the update");
        double[] dW = flat(gradient.weights());
        double[] after = flat(trainer.weights());
        for (int i = 0; i < w.length; i++) {
            // expected: W − lr·dW, the same two roundings as the code: exact
            assertEquals(w[i] - RATE * dW[i], after[i], 0.0, "W at " + i);
        }
        for (int k = 0; k < CLASSES; k++) {
            assertEquals(b[k] - RATE * gradient.bias()[k], trainer.biases()[k], 0.0, "b[" + k + "]");
        }
    }

    @Test
    void batchFromAnOrderSliceIsTheSameStepAsACopiedBatch() {
        MnistData data = SyntheticDigits.data(50, 12);
        int[] order = EpochOrder.of(50, 3, 0);
        SoftmaxTrainer sliced = trainer(data);
        SoftmaxTrainer copied = trainer(data);
        for (int batch = 0; batch < 3; batch++) {       // 20, 20 and a short last batch of 10
            double a = sliced.step(order, batch * 20, Math.min(batch * 20 + 20, 50));
            double c = copied.step(EpochOrder.batch(order, batch, 20));
            assertEquals(c, a, 0.0, "loss of batch " + batch);
        }
        assertArrayEquals(flat(copied.weights()), flat(sliced.weights()), 0.0, "W");
        assertArrayEquals(copied.biases(), sliced.biases(), 0.0, "b");
    }

    @Test
    void evaluationAgreesWithTrainingSums() {
        MnistData data = SyntheticDigits.data(40, 13);
        SoftmaxTrainer trainer = trainer(data, SyntheticDigits.uniform(PIXELS * CLASSES, 0.2, 14),
                SyntheticDigits.uniform(CLASSES, 0.5, 15));
        int[] all = IntStream.range(0, 40).toArray();
        // the batch path and the whole-set path add the same terms in the same order: exact
        assertEquals(trainer.loss(all), trainer.loss(), 0.0, "loss, two paths");
        assertEquals(trainer.loss(all), trainer.loss(data.flat()), 0.0, "loss over other rows, the same rows");
        int[][] confusion = trainer.confusion(data.flat());
        double[][] probabilities = trainer.probabilities(data.images(), data.count());
        assertArrayEquals(trainer.probabilities(), probabilities, "p of the training rows, two paths");
        int correct = 0;
        for (int i = 0; i < 40; i++) {
            double[] p = probabilities[i];
            assertEquals(1.0, Arrays.stream(p).sum(), SUM_OF_PROBABILITIES, "Σ p of image " + i);
            int predicted = nnbasics.handwritten.classification.Softmax.argmax(p);
            for (double pk : p) {
                assertEquals(true, pk <= p[predicted], "the prediction has the largest probability, image " + i);
            }
            correct += predicted == data.labels()[i] ? 1 : 0;
        }
        assertEquals(40, Arrays.stream(confusion).flatMapToInt(java.util.Arrays::stream).sum(), "counted");
        assertEquals(correct / 40.0, ConfusionMatrix.accuracy(confusion), 0.0, "accuracy = correct / count");
    }

    @Test
    void rejectsWrongSizesAndRates() {
        MnistData data = SyntheticDigits.data(3, 1);
        assertThrows(IllegalArgumentException.class, () -> trainer(data, new double[PIXELS * CLASSES],
                new double[CLASSES]).startingFrom(SoftmaxModel.zero(10, 10)), "a model of 10 features");
        assertThrows(IllegalArgumentException.class, () -> new SoftmaxTrainer(data.flat(), SoftmaxModel.zero(PIXELS,
                CLASSES), ClassificationLoss.CROSS_ENTROPY, Double.NaN), "rate NaN");
        assertThrows(IllegalArgumentException.class, () -> trainer(data).step(new int[0]), "empty batch");
    }
}
