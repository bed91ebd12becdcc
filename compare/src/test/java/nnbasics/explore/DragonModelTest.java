package nnbasics.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnbasics.compare.TestData;
import nnbasics.guide.GuideData;
import org.junit.jupiter.api.Test;

class DragonModelTest {

    /** The guide prints errors to two decimals. */
    private static final double PRINTED = 0.005;

    private final DragonModel model = new DragonModel(GuideData.load(TestData.dir()));

    /** The guide, section 3: the dials start at (0.1, 150), where the error is 799.09. */
    @Test
    void startsAtTheGuidesDialsWithError799() {
        assertEquals(0.1, model.weight(), "start weight");
        assertEquals(150, model.bias(), "start bias");
        assertEquals(799.09, model.error(), PRINTED, "error at (0.1, 150), the guide's section 3");
        assertEquals("Can you get the error below 799?", model.message());
    }

    /** Closed form: the least-squares line w ≈ 0.058488, b ≈ 247.263 (MSE 447.29); its nearest dial stops beat 450. */
    @Test
    void nearTheBestLineTheMessageIsTheBest() {
        model.setWeight(0.058);
        model.setBias(247);
        assertTrue(model.error() < 450 && model.error() > 447.29, "error near the least-squares line: " + model.error());
        assertTrue(model.message().startsWith("Below 450"), model.message());
    }

    @Test
    void dialsSnapAndClampToTheGuidesRangesAndSteps() {
        model.setWeight(0.12345);
        model.setBias(999);
        assertEquals(0.123, model.weight(), "weight snapped to 0.001");
        assertEquals(460, model.bias(), "bias clamped to 460");
        model.setWeight(-1);
        assertEquals(0, model.weight(), "weight clamped to 0");
    }

    /** Error at (0.4, 460): every prediction is ~900 above its price, so the MSE is ~ 800,000 and more. */
    @Test
    void extremeDialsTease() {
        model.setWeight(0.4);
        model.setBias(460);
        assertTrue(model.error() >= 800_000, "error at (0.4, 460): " + model.error());
        assertTrue(model.message().contains("planet"), model.message());
    }

    @Test
    void everyThresholdHasItsOwnMessage() {
        double[] errors = {1e6, 800_000, 100_000, 799.09, 798, 749, 599, 499, 449};
        java.util.Set<String> messages = new java.util.HashSet<>();
        for (double e : errors) {
            messages.add(DragonModel.message(e));
        }
        assertEquals(8, messages.size(), "one message per band: ≥800k, ≥100k, the challenge, <799, <750, <600, <500, <450");
        assertTrue(DragonModel.message(798.99).startsWith("Below 799"));
        assertTrue(DragonModel.message(749.99).startsWith("Below 750"));
        assertTrue(DragonModel.message(599).startsWith("Below 600"));
        assertTrue(DragonModel.message(499).startsWith("Below 500"));
        assertTrue(DragonModel.message(100_000).contains("flying away"));
    }
}
