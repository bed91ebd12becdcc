package nnbasics.handwritten.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Entry-by-entry comparison of two gradients, naming the entry that is off. */
final class GradientAssertions {

    private GradientAssertions() {
    }

    static void assertGradientEquals(SoftmaxGradient expected, SoftmaxGradient actual, double tolerance,
                                     String what) {
        double[][] expectedW = expected.weights();
        double[][] actualW = actual.weights();
        assertEquals(expectedW.length, actualW.length, what + ": number of features");
        for (int j = 0; j < expectedW.length; j++) {
            for (int k = 0; k < expectedW[j].length; k++) {
                assertEquals(expectedW[j][k], actualW[j][k], tolerance, what + ": ∂L/∂W[" + j + "][" + k + "]");
            }
        }
        double[] expectedB = expected.bias();
        double[] actualB = actual.bias();
        assertEquals(expectedB.length, actualB.length, what + ": number of classes");
        for (int k = 0; k < expectedB.length; k++) {
            assertEquals(expectedB[k], actualB[k], tolerance, what + ": ∂L/∂b[" + k + "]");
        }
    }
}
