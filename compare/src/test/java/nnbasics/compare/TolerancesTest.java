package nnbasics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The rules of the derived bounds against their closed forms: the linear models' max(1e−12, 2n·2⁻⁵³), the networks'
 * min(1e−5, max(1e−10, 100 · control)).
 */
class TolerancesTest {

    @Test
    void theGuidesBoundUpTo9007RowsThenNTimesTheUnitRoundoff() {
        assertEquals(1e-12, Tolerances.linearModel(10), "the guide's ten houses");
        assertEquals(1e-12, Tolerances.linearModel(9_007), "9,007 · 2⁻⁵³ = 9.9998e−13 < 1e−12");
        assertEquals(9_008 / 9007199254740992.0, Tolerances.linearModel(9_008), "9,008 · 2⁻⁵³ = 1.00009e−12");
        assertEquals(6_000_000 / 9007199254740992.0, Tolerances.linearModel(6_000_000), "6.66e−10 on 6 million rows");
    }

    @Test
    void aNetworksBoundIsAHundredTimesItsControlBetweenTheFloorAndTheCeiling() {
        assertEquals(1e-10, Tolerances.network(0), "an exact control (the same bits): the floor");
        assertEquals(1e-10, Tolerances.network(3.7e-15), "iris's control: 3.7e−13 < 1e−10");
        assertEquals(1e-10, Tolerances.network(1e-12), "100 · 1e−12 = 1e−10 exactly");
        assertEquals(5.57e-6, Tolerances.network(5.57e-8), 1e-21, "the houses' 4-unit run: 100 · 5.57e−8");
        assertEquals(1e-5, Tolerances.network(2e-7), "100 · 2e−7 = 2e−5: capped at the ceiling");
        assertEquals(1e-5, Tolerances.network(0.092), "8 units: capped at the ceiling");
        assertTrue(Tolerances.hasNetworkBound(5.57e-8));
        assertTrue(Tolerances.hasNetworkBound(1e-7 * (1 - 1e-9)));
        assertFalse(Tolerances.hasNetworkBound(1.41e-5), "2 units: 100 · 1.41e−5 > 1e−5");
        assertFalse(Tolerances.hasNetworkBound(Double.NaN), "no number, no bound");
    }

    /**
     * Softmax regression from zero with Adam: G·4n·u, G = (1 − β₁)·max_t √(1 − β₂ᵗ)/(1 − β₁ᵗ)/ε. For DL4J's defaults
     * (β₁ 0.9, β₂ 0.999) the ratio rises from √0.001 = 0.032 at t = 1 towards its limit 1, so G = 0.1/1e−8 = 1e7;
     * n = 885 (MNIST's batches of 100 + 785): 1e7 · 4 · 885 · 2⁻⁵³ = 3.93e−6. Other updaters keep the tight bound.
     */
    @Test
    void softmaxFromZeroWithAdamCarriesTheGradientsNoiseThroughAdamsGain() {
        nnbasics.handwritten.updaters.Optimiser adam = nnbasics.handwritten.updaters.Optimiser.of(
                nnbasics.handwritten.updaters.Optimiser.Kind.ADAM, 1e-3);
        assertEquals(1e7 * 4 * 885 / 9007199254740992.0, Tolerances.stepFromZero(885, adam), 1e-9 * 3.93e-6,
                "G · 4n · u with G = 1e7");
        nnbasics.handwritten.updaters.Optimiser momentum = nnbasics.handwritten.updaters.Optimiser.of(
                nnbasics.handwritten.updaters.Optimiser.Kind.MOMENTUM, 0.05).withL2(1e-4);
        assertEquals(Tolerances.step(885, momentum), Tolerances.stepFromZero(885, momentum), "no gain to carry");
        assertEquals(1e-12, Tolerances.stepFromZero(885, nnbasics.handwritten.updaters.Optimiser.sgd(0.5)),
                "plain SGD: the floor");
    }

    /**
     * Inputs beyond [0, 1]: a weight's gradient terms |p − y|·|x|/N add up to at most 2·max|x|, so the bound scales
     * with max(1, max|x|): √150 = 12.25 for iris standardized (|z| &lt; √N), 7.9 for its raw features (the largest
     * sepal length). An input scale below 1 (a mistake: the bias's input is 1) is refused.
     */
    @Test
    void theNoiseBoundGrowsWithTheInputsScale() {
        nnbasics.handwritten.updaters.Optimiser adam = nnbasics.handwritten.updaters.Optimiser.of(
                nnbasics.handwritten.updaters.Optimiser.Kind.ADAM, 1e-3);
        double unit = Tolerances.stepFromZero(885, adam);
        assertEquals(unit, Tolerances.stepFromZero(885, adam, 1), "[0, 1] inputs: MNIST's bound");
        assertEquals(unit * Math.sqrt(150), Tolerances.stepFromZero(885, adam, Math.sqrt(150)), 1e-12 * unit);
        assertEquals(Tolerances.step(885, nnbasics.handwritten.updaters.Optimiser.sgd(0.5)),
                Tolerances.stepFromZero(885, nnbasics.handwritten.updaters.Optimiser.sgd(0.5), 12),
                "SGD has no gain: the tight bound whatever the inputs");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Tolerances.stepFromZero(885, adam, 0.5));
    }
}
