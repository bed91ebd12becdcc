package nnbasics.handwritten.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The small value types: shapes, copies and the learning-rate conversions. */
class ValuesTest {

    @Test
    void regressionDataShapes() {
        RegressionData data = new RegressionData(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new double[] {7, 8, 9});
        assertEquals(3, data.size(), "size");
        assertEquals(2, data.featureCount(), "feature count");
        RegressionData two = data.firstRows(2);
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, two.features(), "first two rows");
        assertArrayEquals(new double[] {7, 8}, two.targets(), 0, "first two targets");
        assertThrows(IllegalArgumentException.class, () -> data.firstRows(4), "4 of 3 rows");
        assertThrows(IllegalArgumentException.class, () -> data.firstRows(0), "0 rows");
    }

    @Test
    void regressionDataRejectsBadShapes() {
        assertThrows(IllegalArgumentException.class, () -> new RegressionData(new double[0][], new double[0]),
                "empty");
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionData(new double[][] {{1, 2}, {3}}, new double[] {1, 2}), "ragged");
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionData(new double[][] {{1}, {3}}, new double[] {1}), "one target for two rows");
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionData(new double[][] {{Double.NaN}}, new double[] {1}), "NaN");
    }

    @Test
    void recordsCopyTheirArrays() {
        double[][] x = {{1}};
        RegressionData data = new RegressionData(x, new double[] {2});
        x[0][0] = 99;
        data.features()[0][0] = 99;
        assertEquals(1, data.features()[0][0], 0, "features unchanged");
        double[] w = {1, 2};
        LinearModel model = new LinearModel(w, 3);
        w[0] = 99;
        model.weights()[1] = 99;
        assertEquals(new LinearModel(new double[] {1, 2}, 3), model, "model unchanged, compared by value");
    }

    @Test
    void linearModelPredicts() {
        LinearModel model = new LinearModel(new double[] {2, -3}, 5);
        // y = 2·1 − 3·2 + 5 = 1; 2·0 − 3·0 + 5 = 5
        assertArrayEquals(new double[] {1, 5}, model.predict(new double[][] {{1, 2}, {0, 0}}), 0, "predictions");
        assertEquals(LinearModel.zero(2), new LinearModel(new double[] {0, 0}, 0), "zero");
        assertThrows(IllegalArgumentException.class, () -> model.predict(new double[] {1}), "one feature for two");
    }

    @Test
    void learningRates() {
        // fromHalfMse halves every rate (∇(½L) = ½∇L): the widget's 1e-8 and 1 become 5e-9 and 0.5.
        LearningRates rates = LearningRates.fromHalfMse(new double[] {1e-8, 0.01}, 1);
        assertArrayEquals(new double[] {5e-9, 0.005}, rates.weights(), 0, "weight rates");
        assertEquals(0.5, rates.bias(), 0, "bias rate");
        assertEquals(new LearningRates(new double[] {5e-9, 0.005}, 0), rates.withoutBias(), "without bias");
        assertEquals(new LearningRates(new double[] {0.1, 0.1, 0.1}, 0.1), LearningRates.uniform(3, 0.1),
                "uniform");
        assertThrows(IllegalArgumentException.class, () -> LearningRates.uniform(1, -1), "negative rate");
        assertThrows(IllegalArgumentException.class, () -> new LearningRates(new double[] {Double.NaN}, 1),
                "NaN rate");
    }

    @Test
    void trainerChecksShapes() {
        RegressionData data = new RegressionData(new double[][] {{1, 2}}, new double[] {1});
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionTrainer(data, LinearModel.zero(1), LearningRates.uniform(2, 0.1)), "model");
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionTrainer(data, LinearModel.zero(2), LearningRates.uniform(1, 0.1)), "rates");
    }
}
