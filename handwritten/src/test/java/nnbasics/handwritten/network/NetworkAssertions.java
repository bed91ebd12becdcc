package nnbasics.handwritten.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Entry-by-entry comparison of every layer's matrices and vectors, naming the layer and entry that is off. */
final class NetworkAssertions {

    private NetworkAssertions() {
    }

    static void assertMatricesEqual(List<double[][]> expected, List<double[][]> actual, double tolerance,
                                    String what) {
        assertEquals(expected.size(), actual.size(), what + ": number of layers");
        for (int l = 0; l < expected.size(); l++) {
            double[][] e = expected.get(l);
            double[][] a = actual.get(l);
            assertEquals(e.length, a.length, what + ": rows of layer " + l);
            for (int j = 0; j < e.length; j++) {
                assertEquals(e[j].length, a[j].length, what + ": columns of layer " + l);
                for (int k = 0; k < e[j].length; k++) {
                    assertEquals(e[j][k], a[j][k], tolerance, what + ": layer " + l + " [" + j + "][" + k + "]");
                }
            }
        }
    }

    static void assertVectorsEqual(List<double[]> expected, List<double[]> actual, double tolerance, String what) {
        assertEquals(expected.size(), actual.size(), what + ": number of layers");
        for (int l = 0; l < expected.size(); l++) {
            double[] e = expected.get(l);
            double[] a = actual.get(l);
            assertEquals(e.length, a.length, what + ": length in layer " + l);
            for (int k = 0; k < e.length; k++) {
                assertEquals(e[k], a[k], tolerance, what + ": layer " + l + " [" + k + "]");
            }
        }
    }

    static void assertGradientEquals(NetworkGradient expected, NetworkGradient actual, double tolerance,
                                     String what) {
        assertMatricesEqual(expected.weights(), actual.weights(), tolerance, what + ": ∂L/∂W");
        assertVectorsEqual(expected.biases(), actual.biases(), tolerance, what + ": ∂L/∂b");
    }
}
