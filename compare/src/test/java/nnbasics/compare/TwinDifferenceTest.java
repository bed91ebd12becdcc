package nnbasics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one difference metric, on values worked out by hand (closed forms in each comment). */
class TwinDifferenceTest {

    private static List<Tensor> loss(double value) {
        return List.of(Tensor.scalar(Tensor.LOSS, value));
    }

    @Test
    void equalTensorsDifferByNothingEvenAtAZeroStart() {
        TwinDifference metric = new TwinDifference();
        Difference d = metric.at(0, Tensor.layer("W", new double[3], "b", new double[2], "layer"),
                Tensor.layer("W", new double[3], "b", new double[2], "layer"));
        assertEquals(0.0, d.value(), 0.0);
    }

    @Test
    void measuresEachTensorAgainstTheLargestEntryOfItsGroup() {
        // |1e-20 − (−4e-21)| / 2 = 7e−21: cancellation noise next to a weight of 2 is not a relative difference of 1
        Difference d = TwinDifference.once(List.of(new Tensor("W", new double[] {2.0, 1e-20})),
                List.of(new Tensor("W", new double[] {2.0, -4e-21})));
        assertEquals(1.4e-20 / 2.0, d.value(), 1e-35, "noise against the tensor's scale");
        assertEquals("W", d.tensor());
    }

    @Test
    void aBiasThatIsPureNoiseIsMeasuredAgainstItsLayersWeights() {
        // balanced classes from zero: the first gradient of b is 1/K − 1/K = 0, so b holds rounding only
        List<Tensor> hand = Tensor.layer("W", new double[] {0.3, -0.2}, "b", new double[] {1e-17, -2e-17}, "layer");
        List<Tensor> dl4j = Tensor.layer("W", new double[] {0.3, -0.2}, "b", new double[] {-1e-17, 1e-17}, "layer");
        Difference d = TwinDifference.once(hand, dl4j);
        assertEquals(3e-17 / 0.3, d.value(), 1e-30, "b's largest difference 3e-17 over W's largest entry 0.3");
        assertEquals("b", d.tensor(), "reported where it happened");
    }

    @Test
    void aValueCrossingZeroKeepsTheScaleItHadInTheRun() {
        // the bias of the guide's section 5: 200 at some step, 0.07 later; a 1e-13 difference then is 5e-16 of 200
        TwinDifference metric = new TwinDifference();
        metric.at(1, List.of(Tensor.scalar("b", 200.0)), List.of(Tensor.scalar("b", 200.0)));
        Difference later = metric.at(2, List.of(Tensor.scalar("b", 0.07)), List.of(Tensor.scalar("b", 0.07 + 1e-13)));
        // 0.07 + 1e-13 is itself rounded to about 1e-17, hence that over the scale as the tolerance
        assertEquals(1e-13 / 200, later.value(), 1e-19);
    }

    @Test
    void theLossIsMeasuredAgainstItsValueAtTheStart() {
        // an exact fit: the MSE falls from 35/3 (zero model) to rounding noise, 3e-30 against 7e-29
        TwinDifference metric = new TwinDifference();
        metric.at(0, loss(35.0 / 3), loss(35.0 / 3));
        Difference d = metric.at(100, loss(3e-30), loss(7e-29));
        assertEquals((7e-29 - 3e-30) / (35.0 / 3), d.value(), 1e-44);
        assertTrue(d.value() < 1e-28);
    }

    @Test
    void theWorstStepAndTensorAreRemembered() {
        TwinDifference metric = new TwinDifference();
        metric.at(0, loss(2.0), loss(2.0));
        metric.at(1, loss(1.0), loss(1.0 + 0x1p-40));
        metric.at(2, loss(0.5), loss(0.5 + 0x1p-39));
        metric.at(3, loss(0.4), loss(0.4));
        // exact in binary: 2^-39 / 2 = 2^-40
        assertEquals(new Difference(0x1p-40, "loss", 2), metric.worst(), "step 2: 2^-39 of the start's 2");
    }

    @Test
    void aNonFiniteValueOnOneSideIsInfinitelyFar() {
        Difference d = TwinDifference.once(loss(1.0), loss(Double.NaN));
        assertEquals(Double.POSITIVE_INFINITY, d.value());
        assertTrue(d.exceeds(1e300));
    }

    /**
     * The promise: no run whose tensors agree to 1e−15 reports more than 1e−12. Random tensors whose
     * engines differ by at most 1e−15 of each tensor's largest entry, including entries that are 0 or cancel to
     * 1e−20, over 200 steps: the metric stays at or below 1e−15 (its denominator is never below the group's
     * largest entry), plus the rounding of the perturbed entries themselves (half an ulp, 1.1e−16 of the largest).
     */
    @Test
    void tensorsThatAgreeTo1e15NeverReportMore() {
        Random random = new Random(7);
        TwinDifference metric = new TwinDifference();
        for (int step = 0; step < 200; step++) {
            double[] w = new double[20];
            double[] w2 = new double[20];
            double[] b = new double[3];
            double[] b2 = new double[3];
            double scale = Math.exp(random.nextGaussian() * 5);
            for (int i = 0; i < w.length; i++) {
                w[i] = i % 5 == 0 ? 1e-20 * random.nextGaussian() : scale * random.nextGaussian();
            }
            double largest = 0;
            for (double v : w) {
                largest = Math.max(largest, Math.abs(v));
            }
            for (int i = 0; i < w.length; i++) {
                w2[i] = w[i] + largest * 1e-15 * (2 * random.nextDouble() - 1);
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = 1e-18 * random.nextGaussian();
                b2[i] = b[i] + largest * 1e-15 * (2 * random.nextDouble() - 1);
            }
            metric.at(step, Tensor.layer("W", w, "b", b, "layer"), Tensor.layer("W", w2, "b", b2, "layer"));
        }
        assertTrue(metric.worst().value() <= 1e-15 + 1.2e-16, metric.worst().describe());
    }

    @Test
    void tensorsWithoutATwinAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TwinDifference.once(List.of(new Tensor("W", new double[2])),
                List.of(new Tensor("W", new double[3]))));
        assertThrows(IllegalArgumentException.class, () -> TwinDifference.once(List.of(new Tensor("W", new double[2])),
                List.of(new Tensor("b", new double[2]))));
    }
}
