package nnbasics.handwritten.updaters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The recipe: its text (the issue's example), DL4J's defaults, its checks, and the steps it builds. */
class OptimiserTest {

    @Test
    void theTextIsTheIssuesExample() {
        // issue 22: "784 → 128 relu → 10 softmax · Adam(lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8) · L2 1e-4"
        assertEquals("Adam(lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8) · L2 1e-4",
                Optimiser.of(Optimiser.Kind.ADAM, 1e-3).withL2(1e-4).describe());
        assertEquals("SGD(lr 0.5)", Optimiser.sgd(0.5).describe());
        assertEquals("2.5e-5", Optimiser.number(2.5e-5));
        assertEquals("0.001", Optimiser.number(0.001));
    }

    @Test
    void theDefaultsAreDl4js() {
        // DL4J M2.1: Nesterovs.DEFAULT_NESTEROV_MOMENTUM 0.9, RmsProp.DEFAULT_RMSPROP_RMSDECAY 0.95 and EPSILON 1e-8,
        // AdaGrad.DEFAULT_ADAGRAD_EPSILON 1e-6, Adam's β₁ 0.9, β₂ 0.999, ε 1e-8 (UpdaterConventionsTest pins them)
        assertEquals(0.9, Optimiser.of(Optimiser.Kind.MOMENTUM, 0.1).momentum());
        assertEquals(0.95, Optimiser.of(Optimiser.Kind.RMSPROP, 0.1).rho());
        assertEquals(1e-8, Optimiser.of(Optimiser.Kind.RMSPROP, 0.1).epsilon());
        assertEquals(1e-6, Optimiser.of(Optimiser.Kind.ADAGRAD, 0.1).epsilon());
        assertEquals(List.of("m", "v"), Optimiser.of(Optimiser.Kind.ADAM, 0.1).stateNames());
        assertTrue(Optimiser.sgd(0.5).isPlainSgd());
        assertTrue(!Optimiser.sgd(0.5).withWeightDecay(1e-3).isPlainSgd());
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Optimiser.sgd(0));
        assertThrows(IllegalArgumentException.class, () -> Optimiser.sgd(0.1).withL2(-1));
        Optimiser adam = Optimiser.of(Optimiser.Kind.ADAM, 0.1);
        assertThrows(IllegalArgumentException.class, () -> new Optimiser(adam.updater(), 0.1, 0.9, 1.0, 0.999,
                1e-8, 0.95, 0, 0, 0, 0, 0, 0, 1));
    }

    /** The text names the bias variants after the weights' terms, and dropout's seed only when it is not the default. */
    @Test
    void theTextNamesTheBiasesTermsAndANonDefaultDropoutSeed() {
        assertEquals("SGD(lr 0.5) · L2 1e-4 · L2 on biases 0.001",
                Optimiser.sgd(0.5).withL2(1e-4).withBiasRegularisation(0, 1e-3, 0).describe());
        assertEquals("SGD(lr 0.5) · L1 on biases 0.002 · weight decay on biases 0.003",
                Optimiser.sgd(0.5).withBiasRegularisation(2e-3, 0, 3e-3).describe());
        Optimiser dropout = Optimiser.sgd(0.5).withKeep(0.8);
        assertEquals("SGD(lr 0.5) · dropout keep 0.8", dropout.describe());
        assertEquals(DropoutMasks.DEFAULT, dropout.masks(), "the default masks unless told otherwise");
        assertEquals("SGD(lr 0.5) · dropout keep 0.8",
                dropout.withMasks(new DropoutMasks(DropoutMasks.DEFAULT_SEED)).describe());
        assertEquals("SGD(lr 0.5) · dropout keep 0.8 · dropout seed 7",
                dropout.withMasks(new DropoutMasks(7)).describe());
        assertEquals("SGD(lr 0.5)", Optimiser.sgd(0.5).withMasks(new DropoutMasks(7)).describe(),
                "no seed without dropout");
        assertTrue(Optimiser.sgd(0.5).withMasks(new DropoutMasks(7)).isPlainSgd(), "the seed alone is no recipe");
        assertEquals(7, dropout.withMasks(new DropoutMasks(7)).withL2(1e-3).withUpdater(Optimiser.Kind.ADAM)
                .masks().seed(), "every with… keeps the masks");
        assertThrows(IllegalArgumentException.class, () -> dropout.withMasks(null));
    }

    /** The weights' step takes L1, L2 and weight decay; the biases' only their own variants (DL4J's split). */
    @Test
    void weightsAndBiasesGetTheirOwnRegularisation() {
        Optimiser recipe = Optimiser.sgd(0.5).withL2(0.1).withBiasRegularisation(0, 0, 0);
        double[] w = {2.0};
        double[] b = {2.0};
        recipe.weightStep(1).take(w, new double[] {1.0});
        recipe.biasStep(1).take(b, new double[] {1.0});
        assertEquals(2.0 - 0.5 * (1.0 + 0.1 * 2.0), w[0], 0.0, "w ← w − η(g + c·w), a closed form");
        assertEquals(2.0 - 0.5 * 1.0, b[0], 0.0, "b ← b − η·g: no L2 on the bias");
    }
}
