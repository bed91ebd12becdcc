package nnbasics.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnbasics.compare.TestData;
import nnbasics.guide.GuideData;
import nnbasics.compare.regression.Dl4jRegressionEngine;
import nnbasics.compare.regression.HandRegressionEngine;
import nnbasics.compare.regression.RegressionTwins;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.MeanSquaredError;
import nnbasics.handwritten.regression.RegressionData;
import org.junit.jupiter.api.Test;

class AutomationModelTest {

    /** The proof tests' twin tolerance: relative, per value, at every step. */
    private static final double TWIN_TOLERANCE = 1e-12;

    private final GuideData data = GuideData.load(TestData.dir());

    /** A 10-step click is 10 calls of each engine, from (0, 0) with the guide's rates 1e-8 and 1 on ½·MSE. */
    @Test
    void tenStepClickEqualsTenEngineSteps() {
        AutomationModel model = new AutomationModel(data);
        model.step(10);

        RegressionData three = data.threeHouses();
        LearningRates rates = LearningRates.fromHalfMse(new double[] {1e-8}, 1);
        HandRegressionEngine hand = new HandRegressionEngine(three, LinearModel.zero(1), rates);
        Dl4jRegressionEngine dl4j = RegressionTwins.dl4jEngine(three, LinearModel.zero(1), rates);
        for (int k = 0; k < 10; k++) {
            hand.step();
            dl4j.step();
        }
        assertArrayEquals(hand.parameterValues(), model.twins().parameters(), "the dials: the hand-written engine's");
        assertArrayEquals(dl4j.parameterValues(), model.twins().dl4jParameters(), "DL4J's values beside the dials");
        assertEquals(10, model.twins().steps());
        assertTrue(model.twins().largestDifference() < TWIN_TOLERANCE,
                "largest difference " + model.twins().largestDifference());
    }

    /** The log holds the MSE at the start and after each update; gradient descent lowers it at these rates. */
    @Test
    void errorLogHasOneEntryPerUpdate() {
        AutomationModel model = new AutomationModel(data);
        model.step(1);
        model.step(10);
        double[] log = model.twins().errorLog();
        assertEquals(12, log.length, "start + 11 updates");
        assertEquals(MeanSquaredError.loss(LinearModel.zero(1), data.threeHouses()), log[0], "the MSE at (0, 0)");
        assertEquals(model.twins().error(), log[11], 1e-9 * log[11], "the last entry is the MSE at the dials");
        assertTrue(log[11] < log[0], "the error fell: " + log[0] + " → " + log[11]);
    }

    /**
     * The first update from (0, 0): b ← 0 − 1 · mean(0 − y) = mean(price) = 366.27 (cell row 11 of 15 over [0, 460]),
     * w ← 1e−8 · mean(x·y) ≈ 0.0075 (column 0).
     */
    @Test
    void gridRecordsVisitedCellsColouredByTheirError() {
        AutomationModel model = new AutomationModel(data);
        model.step(1);
        List<VisitedGrid.Cell> cells = model.grid().cells();
        assertEquals(2, cells.size(), "the start cell and the cell after one update");
        assertEquals(0, cells.get(0).column());
        assertEquals(0, cells.get(0).row());
        assertEquals(0, cells.get(1).column(), "w ≈ 0.0075 lies in the first of 15 columns of 0.4/15");
        assertEquals(11, cells.get(1).row(), "b ≈ 366.3 lies in row floor(15 · 366.3 / 460) = 11");
        for (VisitedGrid.Cell cell : cells) {
            double centre = MeanSquaredError.loss(new LinearModel(new double[] {cell.weight()}, cell.bias()),
                    data.threeHouses());
            assertEquals(centre, cell.error(), "the cell's error is the MSE at its centre");
            assertEquals(model.grid().color(centre), cell.color(), "the cell's colour is its error's");
        }
        assertTrue(brightness(cells.get(1).color()) < brightness(cells.get(0).color()),
                "a lower error is darker (viridis): " + cells.get(1).error() + " < " + cells.get(0).error());

        // the same iteration in closed arithmetic first enters cell (0, 10) at update 143, (1, 10) at 457
        model.step(199);
        cells = model.grid().cells();
        assertEquals(3, cells.size(), "after 200 updates");
        assertEquals(0, cells.get(2).column());
        assertEquals(10, cells.get(2).row(), "b ≈ 337 at update 143");
        model.reset();
        assertEquals(1, model.grid().cells().size(), "reset keeps only the start cell");
        assertArrayEquals(new double[] {0, 0}, model.twins().parameters(), "reset returns to (0, 0)");
        assertEquals(1, model.twins().errorLog().length);
    }

    @Test
    void aDialMoveRestartsBothEnginesFromTheDials() {
        AutomationModel model = new AutomationModel(data);
        model.setWeight(0.1);
        model.setBias(150);
        model.step(10);

        RegressionData three = data.threeHouses();
        LearningRates rates = LearningRates.fromHalfMse(new double[] {1e-8}, 1);
        HandRegressionEngine hand = new HandRegressionEngine(three, new LinearModel(new double[] {0.1}, 150), rates);
        for (int k = 0; k < 10; k++) {
            hand.step();
        }
        assertArrayEquals(hand.parameterValues(), model.twins().parameters(), "10 steps from the dials' (0.1, 150)");
    }

    private static int brightness(java.awt.Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }
}
