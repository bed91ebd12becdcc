package nnbasics.handwritten.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftmaxTrainerTest {

    /**
     * The trainer's step against W − η ∂L/∂W with the gradient of {@link CrossEntropy} / {@link SquaredError} (the
     * package's reference code, written separately): the same sums in the same order, so no rounding difference.
     */
    private static final double EXACT = 0.0;

    /** The convergence criterion of the brief: the Euclidean norm of the whole gradient. */
    private static final double GRADIENT_NORM = 1e-10;

    /**
     * Learning rate for cross-entropy on the standardised houses: well inside the stable range (on these houses
     * rate 2 still converges, rate 3 no longer does).
     */
    private static final double RATE = 1.0;

    /** A generous budget: a stable rate reaches the criterion in a few hundred steps here. */
    private static final int MAX_STEPS = 10_000;

    /** |∂L/∂b_k| ≤ the gradient norm, plus the rounding of a mean of ten probabilities. */
    private static final double MEAN_PROBABILITY = GRADIENT_NORM + 1e-15;

    /**
     * p_bad and 1 − p_good differ by rounding, so each step moves the two classes' weights apart by about ε;
     * a few hundred steps stay far below this.
     */
    private static final double OPPOSITE_WEIGHTS = 1e-12;

    @Test
    void eachStepSubtractsTheRateTimesTheReferenceGradientAndReturnsTheLossBeforeIt() {
        ClassificationData data = RandomExamples.threeClasses(5, 10, 3);
        SoftmaxModel start = RandomExamples.model(6, 3, 3);
        double rate = 0.2;
        for (ClassificationLoss loss : ClassificationLoss.values()) {
            SoftmaxTrainer trainer = new SoftmaxTrainer(data, start, loss, rate);
            assertEquals(loss.loss(start, data), trainer.loss(), EXACT, loss + ": loss before any step");
            SoftmaxModel expected = start;
            for (int step = 0; step < 5; step++) {
                // expected: W ← W − η ∂L/∂W, b ← b − η ∂L/∂b with the reference gradient, written out here
                SoftmaxGradient gradient = loss.gradient(expected, data);
                double[][] w = expected.weights();
                double[] b = expected.bias();
                for (int j = 0; j < w.length; j++) {
                    for (int k = 0; k < b.length; k++) {
                        w[j][k] -= rate * gradient.weights()[j][k];
                    }
                }
                for (int k = 0; k < b.length; k++) {
                    b[k] -= rate * gradient.bias()[k];
                }
                assertEquals(loss.loss(expected, data), trainer.step(), EXACT, loss + ": loss returned by step " + step);
                expected = new SoftmaxModel(w, b);
                assertEquals(expected, trainer.model(), loss + ": model after step " + step);
                assertArrayEquals(expected.bias(), trainer.biases(), EXACT, loss + ": biases() after step " + step);
                assertEquals(loss.loss(expected, data), trainer.loss(), EXACT, loss + ": loss after step " + step);
                assertArrayEquals(expected.probabilities(data.features()), trainer.probabilities(),
                        loss + ": probabilities after step " + step);
            }
        }
    }

    @Test
    void aMiniBatchStepIsTheFullBatchStepOnThoseRows() {
        ClassificationData data = RandomExamples.threeClasses(5, 12, 7);
        SoftmaxModel start = RandomExamples.model(8, 7, 3);
        int[] rows = {4, 0, 11, 4, 7};                         // any order, a row may repeat
        double[][] features = new double[rows.length][];
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            features[i] = data.features()[rows[i]];
            labels[i] = data.labels()[rows[i]];
        }
        ClassificationData batch = new ClassificationData(features, labels, data.classes());
        for (ClassificationLoss loss : ClassificationLoss.values()) {
            SoftmaxTrainer miniBatch = new SoftmaxTrainer(data, start, loss, 0.3);
            SoftmaxTrainer fullBatch = new SoftmaxTrainer(batch, start, loss, 0.3);
            SoftmaxTrainer sliced = new SoftmaxTrainer(FlatData.of(data), start, loss, 0.3);
            int[] order = {9, 4, 0, 11, 4, 7, 2};
            for (int step = 0; step < 3; step++) {
                // expected: the full-batch step on the data set of exactly those rows, in that order
                double expected = fullBatch.step();
                assertEquals(expected, miniBatch.step(rows), EXACT, loss + ": loss of step " + step);
                assertEquals(expected, sliced.step(order, 1, 6), EXACT, loss + ": loss of order[1 … 5], step " + step);
                assertEquals(fullBatch.model(), miniBatch.model(), loss + ": model after step " + step);
                assertEquals(fullBatch.model(), sliced.model(), loss + ": model of the slice after step " + step);
            }
        }
    }

    @Test
    void crossEntropyConvergesOnTheTenStandardisedHouses() {
        ClassificationData houses = LabelledHouses.standardized();
        SoftmaxTrainer trainer = new SoftmaxTrainer(houses, SoftmaxModel.zero(2, 2), ClassificationLoss.CROSS_ENTROPY,
                RATE);
        int steps = 0;
        while (CrossEntropy.gradient(trainer.model(), houses).norm() > GRADIENT_NORM && steps < MAX_STEPS) {
            trainer.step();
            steps++;
        }
        SoftmaxModel model = trainer.model();
        double norm = CrossEntropy.gradient(model, houses).norm();
        assertTrue(norm <= GRADIENT_NORM, "gradient norm " + norm + " after " + steps + " steps at rate " + RATE);

        // closed form at the optimum: ∂L/∂b_k = (1/N) Σ_i (p_ik − y_ik) = 0, so the mean predicted probability of
        // each class is its share of the labels, 7 good and 3 bad of 10 (the guide, section 7); |∂L/∂b_k| ≤ norm
        double[][] p = model.probabilities(houses.features());
        double meanGood = 0;
        for (double[] row : p) {
            meanGood += row[LabelledHouses.GOOD] / p.length;
        }
        assertEquals(0.7, meanGood, MEAN_PROBABILITY, "mean probability of good at the optimum");

        // the cross-entropy gradient sums to 0 over the classes (Σ_k (p_k − y_k) = 0), so from zero the weights of
        // the two classes stay opposite: W_j,bad = −W_j,good
        double[][] w = model.weights();
        for (int j = 0; j < w.length; j++) {
            assertEquals(-w[j][LabelledHouses.GOOD], w[j][LabelledHouses.BAD], OPPOSITE_WEIGHTS,
                    "W[" + j + "] of the two classes");
        }
    }

    @Test
    void rejectsAModelWithTheWrongShapeAndABadRate() {
        ClassificationData data = RandomExamples.threeClasses(5, 10, 3);
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxTrainer(data, SoftmaxModel.zero(3, 2), ClassificationLoss.CROSS_ENTROPY, 0.1),
                "a two-class model on three-class data");
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxTrainer(data, SoftmaxModel.zero(3, 3), ClassificationLoss.CROSS_ENTROPY, 0),
                "rate 0");
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxTrainer(data, SoftmaxModel.zero(3, 3), ClassificationLoss.CROSS_ENTROPY, Double.NaN),
                "rate NaN");
        SoftmaxTrainer trainer = new SoftmaxTrainer(data, SoftmaxModel.zero(3, 3), ClassificationLoss.CROSS_ENTROPY,
                0.1);
        assertThrows(IllegalArgumentException.class, () -> trainer.step(new int[0]), "an empty batch");
        assertThrows(IllegalArgumentException.class, () -> trainer.step(new int[] {10}), "a row outside the data");
    }
}
