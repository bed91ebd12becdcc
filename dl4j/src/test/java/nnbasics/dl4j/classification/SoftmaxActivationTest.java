package nnbasics.dl4j.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** The guide's softmax table (section 7), reproduced by the activation the output layer uses. */
class SoftmaxActivationTest {

    /** The guide's exact values are given to 4 decimal places: rounding leaves at most half a unit of 1e−4. */
    private static final double GUIDE_ROUNDING = 5e-5;
    /** A closed form with exp and one division, computed in another order: a few ulps of 1. */
    private static final double ROUNDING = 1e-15;

    /** The guide, section 7: input logits and their softmax to 4 places. */
    static Stream<Arguments> guideTable() {
        return Stream.of(
                Arguments.of(new double[] {1}, new double[] {1}),
                Arguments.of(new double[] {1, 1}, new double[] {0.5, 0.5}),
                Arguments.of(new double[] {0, 1}, new double[] {0.2689, 0.7311}),
                Arguments.of(new double[] {2, 4}, new double[] {0.1192, 0.8808}),
                Arguments.of(new double[] {5, 10}, new double[] {0.0067, 0.9933}),
                Arguments.of(new double[] {-1, 0, 1}, new double[] {0.0900, 0.2447, 0.6652}),
                Arguments.of(new double[] {1, 2, 4}, new double[] {0.0420, 0.1142, 0.8438}));
    }

    private static double[] softmax(double[] logits) {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        // getActivation works in place on its argument, a [1, K] row: one example with K logits.
        return Activation.SOFTMAX.getActivationFunction()
                .getActivation(Nd4j.createFromArray(new double[][] {logits}), false)
                .toDoubleVector();
    }

    @ParameterizedTest
    @MethodSource("guideTable")
    void reproducesTheGuidesTable(double[] logits, double[] expected) {
        assertArrayEquals(expected, softmax(logits), GUIDE_ROUNDING,
                () -> "softmax of " + java.util.Arrays.toString(logits));
    }

    @Test
    void twoClassesGiveTheLogisticFunction() {
        // Closed form: softmax(0, 1) = (1/(1 + e), e/(1 + e)).
        double e = Math.E;
        assertArrayEquals(new double[] {1 / (1 + e), e / (1 + e)}, softmax(new double[] {0, 1}), ROUNDING,
                "softmax(0, 1)");
    }

    @Test
    void largeLogitsDoNotOverflow() {
        // Closed form: softmax is unchanged by adding 1000 to every logit (exp(1000) alone would be ∞).
        double e = Math.E;
        assertArrayEquals(new double[] {1 / (1 + e), e / (1 + e)}, softmax(new double[] {1000, 1001}), ROUNDING,
                "softmax(1000, 1001)");
    }
}
