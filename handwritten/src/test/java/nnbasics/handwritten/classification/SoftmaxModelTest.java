package nnbasics.handwritten.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import nnbasics.handwritten.features.Standardizer;

class SoftmaxModelTest {

    /** Sums of three products of small integers are exact in double precision. */
    private static final double EXACT = 0.0;

    /**
     * Mapping the weights to raw units and applying them to raw features rounds differently from standardising the
     * features first; logits of order 10 then differ by a few ε·10.
     */
    private static final double SAME_PROBABILITIES = 1e-13;

    @Test
    void logitsAreTheFeaturesTimesTheWeightsPlusTheBias() {
        // W is [feature][class]: 2 features, 3 classes
        SoftmaxModel model = new SoftmaxModel(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[] {10, 20, 30});
        // by hand: z_k = 2·W_0k + (−1)·W_1k + b_k = [2 − 4 + 10, 4 − 5 + 20, 6 − 6 + 30]
        assertArrayEquals(new double[] {8, 19, 30}, model.logits(new double[] {2, -1}), EXACT, "logits");
        assertArrayEquals(Softmax.of(new double[] {8, 19, 30}), model.probabilities(new double[] {2, -1}), EXACT,
                "probabilities = softmax(logits)");
        assertEquals(2, model.predict(new double[] {2, -1}), "the class with the largest logit");
        assertEquals(2, model.featureCount(), "featureCount");
        assertEquals(3, model.classCount(), "classCount");
    }

    @Test
    void theZeroModelGivesEveryClassTheSameProbability() {
        // closed form: all logits 0, so p_k = 1/K
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25},
                SoftmaxModel.zero(3, 4).probabilities(new double[] {1, 2, 3}), EXACT, "p at the zero model");
        assertEquals(0, SoftmaxModel.zero(3, 4).predict(new double[] {1, 2, 3}), "ties go to the first class");
    }

    @Test
    void isACopyOfItsArraysAndGivesOutCopies() {
        double[][] w = {{1, 2}};
        double[] b = {3, 4};
        SoftmaxModel model = new SoftmaxModel(w, b);
        w[0][0] = 100;
        b[0] = 100;
        model.weights()[0][1] = 100;
        model.bias()[1] = 100;
        assertEquals(new SoftmaxModel(new double[][] {{1, 2}}, new double[] {3, 4}), model,
                "the model after changing the arrays it was made from and gave out");
    }

    @Test
    void rejectsRaggedWeightsAndAWrongBias() {
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxModel(new double[][] {{1, 2}, {3}}, new double[] {0, 0}), "ragged weights");
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxModel(new double[][] {{1, 2}}, new double[] {0}), "one bias for two classes");
        assertThrows(IllegalArgumentException.class,
                () -> SoftmaxModel.zero(2, 2).logits(new double[] {1}), "one feature for a two-feature model");
    }

    @Test
    void inRawUnitsItGivesTheSameProbabilitiesOnRawFeatures() {
        ClassificationData raw = LabelledHouses.raw();
        Standardizer standardizer = Standardizer.fit(raw.features());
        double[][] standardized = standardizer.transform(raw.features());
        SoftmaxModel model = RandomExamples.model(21, 2, 2);
        SoftmaxModel rawModel = model.toRawUnits(standardizer);
        for (int i = 0; i < raw.size(); i++) {
            // expected: the standardised model on the standardised features
            assertArrayEquals(model.probabilities(standardized[i]), rawModel.probabilities(raw.features()[i]),
                    SAME_PROBABILITIES, "probabilities of house " + (i + 1));
        }
    }

    @Test
    void inRawUnitsWithThreeClassesItGivesTheSameProbabilitiesOnRawFeatures() {
        ClassificationData data = RandomExamples.threeClasses(31, 6, 4);
        double[][] raw = data.features();
        for (double[] row : raw) {
            row[0] = 1000 + 300 * row[0];   // a feature far from mean 0 and standard deviation 1, like an area
        }
        Standardizer standardizer = Standardizer.fit(raw);
        double[][] standardized = standardizer.transform(raw);
        SoftmaxModel model = RandomExamples.model(32, 4, 3);
        SoftmaxModel rawModel = model.toRawUnits(standardizer);
        for (int i = 0; i < raw.length; i++) {
            // expected: the standardised model on the standardised features
            assertArrayEquals(model.probabilities(standardized[i]), rawModel.probabilities(raw[i]),
                    SAME_PROBABILITIES, "probabilities of example " + i);
        }
    }
}
