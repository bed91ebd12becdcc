package nnbasics.compare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnbasics.compare.network.HiddenActivation;

/** The Lipschitz constant behind predict's bound, against its closed form on a 2 → 2 → 2 network worked by hand. */
class LipschitzTest {

    /** W₁'s column sums |1| + |3| = 4 and |−2| + |0.5| = 2.5: ‖W₁‖₁ = 4. */
    private static final double[][] W1 = {{1, -2}, {3, 0.5}};
    /** W₂'s column sums |1| + |2| = 3 and |−1| + |0| = 1: ‖W₂‖₁ = 3. */
    private static final double[][] W2 = {{1, -1}, {2, 0}};

    private static HandNetworkFile network(HiddenActivation f) {
        return new HandNetworkFile(List.of("a", "b"), List.of("x", "y"), f, null, List.of(W1, W2),
                List.of(new double[2], new double[2]));
    }

    @Test
    void isHalfTheProductOfTheColumnNormsAndTheSlopes() {
        assertEquals(0.5 * 4 * 1 * 3, Prediction.lipschitz(network(HiddenActivation.TANH)), 0.0, "tanh: slope 1");
        assertEquals(0.5 * 4 * 1 * 3, Prediction.lipschitz(network(HiddenActivation.RELU)), 0.0, "relu: slope 1");
        assertEquals(0.5 * 4 * 0.25 * 3, Prediction.lipschitz(network(HiddenActivation.SIGMOID)), 0.0,
                "sigmoid: slope 1/4");
    }
}
