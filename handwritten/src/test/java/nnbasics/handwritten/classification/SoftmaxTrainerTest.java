package nnbasics.handwritten.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SoftmaxTrainerTest {

    /** The trainer must make exactly the steps of {@link SoftmaxGradientDescent}: no rounding difference at all. */
    private static final double EXACT = 0.0;

    @Test
    void eachStepIsOneGradientDescentStepAndReturnsTheLossBeforeIt() {
        ClassificationData data = RandomExamples.threeClasses(5, 10, 3);
        SoftmaxModel start = RandomExamples.model(6, 3, 3);
        double rate = 0.2;
        for (ClassificationLoss loss : ClassificationLoss.values()) {
            SoftmaxTrainer trainer = new SoftmaxTrainer(data, start, loss, rate);
            assertEquals(loss.loss(start, data), trainer.loss(), EXACT, loss + ": loss before any step");
            SoftmaxModel expected = start;
            for (int step = 0; step < 5; step++) {
                // expected: SoftmaxGradientDescent.step, called by hand
                SoftmaxStepResult result = SoftmaxGradientDescent.step(expected, data, loss, rate);
                assertEquals(result.loss(), trainer.step(), EXACT, loss + ": loss returned by step " + step);
                expected = result.model();
                assertEquals(expected, trainer.model(), loss + ": model after step " + step);
                assertEquals(loss.loss(expected, data), trainer.loss(), EXACT, loss + ": loss after step " + step);
            }
        }
    }

    @Test
    void rejectsAModelWithTheWrongShape() {
        ClassificationData data = RandomExamples.threeClasses(5, 10, 3);
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxTrainer(data, SoftmaxModel.zero(3, 2), ClassificationLoss.CROSS_ENTROPY, 0.1),
                "a two-class model on three-class data");
    }
}
