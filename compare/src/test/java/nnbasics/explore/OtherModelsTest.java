package nnbasics.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnbasics.compare.TestData;
import nnbasics.compare.classification.Loss;
import nnbasics.compare.classification.SoftmaxTwins;
import nnbasics.guide.GuideData;
import nnbasics.compare.regression.Dl4jRegressionEngine;
import nnbasics.compare.regression.HandRegressionEngine;
import nnbasics.compare.regression.RegressionTwins;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;
import org.junit.jupiter.api.Test;

/** The models of panels 3 to 6. */
class OtherModelsTest {

    /** The guide's softmax table gives 4 places. */
    private static final double TABLE = 5e-5;
    private static final double TWIN_TOLERANCE = 1e-12;

    private final GuideData data = GuideData.load(TestData.dir());

    /** The guide, section 5: at zero the error is ≈ 108,268. */
    @Test
    void twoVariablesStartsAtZeroWithTheGuidesError() {
        TwoVariablesModel model = new TwoVariablesModel(data);
        assertEquals(108_268, model.twins().error(), 0.5, "MSE at zero on the ten houses");
    }

    @Test
    void twoVariablesTenStepClickEqualsTenEngineSteps() {
        TwoVariablesModel model = new TwoVariablesModel(data);
        model.step(10);
        RegressionData ten = data.tenHouses();
        LearningRates rates = LearningRates.fromHalfMse(new double[] {1e-8, 0.01}, 1);
        HandRegressionEngine hand = new HandRegressionEngine(ten, LinearModel.zero(2), rates);
        Dl4jRegressionEngine dl4j = RegressionTwins.dl4jEngine(ten, LinearModel.zero(2), rates);
        for (int k = 0; k < 10; k++) {
            hand.step();
            dl4j.step();
        }
        assertArrayEquals(hand.parameterValues(), model.twins().parameters());
        assertArrayEquals(dl4j.parameterValues(), model.twins().dl4jParameters());
        assertTrue(model.twins().largestDifference() < TWIN_TOLERANCE, "" + model.twins().largestDifference());
    }

    @Test
    void twoVariablesDialsSnapToTheirSteps() {
        TwoVariablesModel model = new TwoVariablesModel(data);
        model.set(0, 0.12345);
        model.set(1, 500);
        model.set(2, -150);
        assertArrayEquals(new double[] {0.123, 200, -100}, model.twins().parameters());
    }

    /** The guide's softmax table, section 7. */
    @Test
    void logitsGiveTheGuidesProbabilities() {
        LogitsModel model = new LogitsModel();
        assertArrayEquals(new double[] {0.1192, 0.8808}, model.probabilities(), TABLE, "[2, 4], the start");
        model.parse("−1 0 1");
        assertArrayEquals(new double[] {0.0900, 0.2447, 0.6652}, model.probabilities(), TABLE);
        model.parse("[1, 2; 4]");
        assertArrayEquals(new double[] {0.0420, 0.1142, 0.8438}, model.probabilities(), TABLE);
        model.set(0, 2);
        model.set(2, 2);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, model.probabilities(), 1e-15, "equal logits");
        assertEquals("2, 2, 2", model.text());
        assertThrows(IllegalArgumentException.class, () -> model.parse(""));
        assertThrows(IllegalArgumentException.class, () -> model.parse("1, x"));
        assertThrows(IllegalArgumentException.class, () -> model.parse("1 2 3 4 5 6 7 8 9 10 11"));
        assertArrayEquals(new double[] {2, 2, 2}, model.logits(), "a bad text keeps the last good logits");
    }

    @Test
    void shapeRangesOneToTen() {
        ShapeModel model = new ShapeModel();
        model.setFeatures(10);
        model.setClasses(10);
        assertEquals(110, model.parameterCount(), "10·10 weights + 10 biases");
        assertEquals(10, model.diagram().features());
        assertThrows(IllegalArgumentException.class, () -> model.setFeatures(11));
        assertThrows(IllegalArgumentException.class, () -> model.setClasses(0));
    }

    /** A 10-step click equals 10 lock-step updates of the twins made directly. */
    @Test
    void classificationTenStepClickEqualsTenEngineSteps() {
        ClassificationModel model = new ClassificationModel(data);
        assertEquals(Math.log(2), model.loss(), 1e-15, "ln 2 at W = 0, b = 0");
        model.step(10);
        SoftmaxTwins twins = SoftmaxTwins.both(data.labelled(), GuideData.FEATURES, "label", true, Loss.CROSS_ENTROPY,
                ClassificationModel.RATE);
        twins.run(10, record -> { });
        assertEquals(twins.hand().engine().loss(), model.loss(), "loss after 10 steps");
        double[][] dl4j = model.dl4jProbabilities();
        double[][] hand = model.handProbabilities();
        for (int i = 0; i < hand.length; i++) {
            assertEquals(1, hand[i][0] + hand[i][1], 1e-12, "probabilities of house " + (i + 1) + " sum to 1");
            assertArrayEquals(hand[i], dl4j[i], 1e-12, "both engines, house " + (i + 1));
        }
        assertTrue(model.largestDifference() < TWIN_TOLERANCE, "" + model.largestDifference());
        model.reset();
        assertEquals(0, model.steps());
    }
}
