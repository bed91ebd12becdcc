package nnbasics.handwritten.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActivationTest {

    /** Closed forms below are the same expressions evaluated a different way: a few ε apart at most. */
    private static final double CLOSED_FORM = 1e-15;

    /** Central differences with h = 1e−5 on functions whose third derivative is at most of order 1: below 1e−10. */
    private static final double FINITE_DIFFERENCE = 1e-9;

    /** Conventions and exact arithmetic (0, 1, a copy of z): no rounding at all. */
    private static final double EXACT = 0.0;

    /** Points away from ReLU's kink at 0 (|z| ≥ 0.3 ≫ h), both signs, in and beyond the bend of sigmoid and tanh. */
    private static final double[] POINTS = {-3.1, -1.2, -0.3, 0.4, 0.9, 2.5};

    @Test
    void valuesAreTheirClosedForms() {
        for (double z : POINTS) {
            assertEquals(z, Activation.IDENTITY.value(z), EXACT, "identity(" + z + ")");
            // s(z) = e^z / (e^z + 1), the same function as 1 / (1 + e^{−z})
            assertEquals(Math.exp(z) / (Math.exp(z) + 1), Activation.SIGMOID.value(z), CLOSED_FORM, "sigmoid(" + z + ")");
            // tanh z = (e^{2z} − 1) / (e^{2z} + 1)
            assertEquals((Math.exp(2 * z) - 1) / (Math.exp(2 * z) + 1), Activation.TANH.value(z), CLOSED_FORM,
                    "tanh(" + z + ")");
            assertEquals(z > 0 ? z : 0, Activation.RELU.value(z), EXACT, "relu(" + z + ")");
        }
        // s(0) = 1/2, tanh 0 = 0, relu 0 = 0: exact
        assertEquals(0.5, Activation.SIGMOID.value(0), EXACT, "sigmoid(0)");
        assertEquals(0.0, Activation.TANH.value(0), EXACT, "tanh(0)");
        assertEquals(0.0, Activation.RELU.value(0), EXACT, "relu(0)");
    }

    @Test
    void derivativesAreTheirClosedForms() {
        for (double z : POINTS) {
            assertEquals(1.0, Activation.IDENTITY.derivative(z), EXACT, "identity'(" + z + ")");
            // s'(z) = e^{−z} / (1 + e^{−z})², the quotient rule on 1 / (1 + e^{−z})
            double e = Math.exp(-z);
            assertEquals(e / ((1 + e) * (1 + e)), Activation.SIGMOID.derivative(z), CLOSED_FORM, "sigmoid'(" + z + ")");
            // tanh'(z) = 1 / cosh² z
            assertEquals(1 / (Math.cosh(z) * Math.cosh(z)), Activation.TANH.derivative(z), CLOSED_FORM,
                    "tanh'(" + z + ")");
            assertEquals(z > 0 ? 1.0 : 0.0, Activation.RELU.derivative(z), EXACT, "relu'(" + z + ")");
        }
        // s'(0) = 1/4 and tanh'(0) = 1: exact in binary
        assertEquals(0.25, Activation.SIGMOID.derivative(0), EXACT, "sigmoid'(0)");
        assertEquals(1.0, Activation.TANH.derivative(0), EXACT, "tanh'(0)");
    }

    @Test
    void derivativesAreTheFiniteDifferencesOfTheValues() {
        for (Activation f : Activation.values()) {
            for (double z : POINTS) {
                assertEquals(FiniteDifferences.central(f::value, z), f.derivative(z), FINITE_DIFFERENCE,
                        f.label() + "'(" + z + ") against central differences");
            }
        }
    }

    @Test
    void reluHasDerivativeZeroAtTheKink() {
        // the documented convention, DL4J's: the gradient passes only where z > 0
        assertEquals(0.0, Activation.RELU.derivative(0.0), EXACT, "relu'(0)");
        assertEquals(0.0, Activation.RELU.derivative(-0.0), EXACT, "relu'(−0)");
        assertEquals(1.0, Activation.RELU.derivative(Double.MIN_VALUE), EXACT, "relu'(smallest positive double)");
    }

    @Test
    void theDerivativeFromTheStoredActivationIsTheSameNumber() {
        // f(z) is deterministic, so f'(z) from a = f(z) must be bit for bit f'(z) from z
        for (Activation f : Activation.values()) {
            for (double z : POINTS) {
                assertEquals(f.derivative(z), f.derivative(z, f.value(z)), EXACT, f.label() + "'(" + z + ") from a");
            }
        }
    }

    @Test
    void labelsAreLowerCaseNames() {
        assertEquals("identity", Activation.IDENTITY.label(), "IDENTITY");
        assertEquals("sigmoid", Activation.SIGMOID.label(), "SIGMOID");
        assertEquals("tanh", Activation.TANH.label(), "TANH");
        assertEquals("relu", Activation.RELU.label(), "RELU");
    }
}
