package nnbasics.compare.network;

import java.util.Locale;
import nnbasics.handwritten.network.Activation;

/**
 * The activations of a hidden layer, as each engine names them: the one mapping of {@code --activation}'s words to
 * the hand-written {@link Activation} and to DL4J's {@link org.nd4j.linalg.activations.Activation}.
 */
public enum HiddenActivation {
    /** f(z) = z. */
    IDENTITY(Activation.IDENTITY, org.nd4j.linalg.activations.Activation.IDENTITY),
    /** f(z) = 1 / (1 + e^−z). */
    SIGMOID(Activation.SIGMOID, org.nd4j.linalg.activations.Activation.SIGMOID),
    /** f(z) = tanh z. */
    TANH(Activation.TANH, org.nd4j.linalg.activations.Activation.TANH),
    /** f(z) = max(0, z), f'(0) = 0 on both sides. */
    RELU(Activation.RELU, org.nd4j.linalg.activations.Activation.RELU);

    private final Activation hand;
    private final org.nd4j.linalg.activations.Activation dl4j;

    HiddenActivation(Activation hand, org.nd4j.linalg.activations.Activation dl4j) {
        this.hand = hand;
        this.dl4j = dl4j;
    }

    /** @return the hand-written engine's activation */
    public Activation hand() {
        return hand;
    }

    /** @return DL4J's activation */
    public org.nd4j.linalg.activations.Activation dl4j() {
        return dl4j;
    }

    /** @return the lower-case name of the command line and of the architecture: identity, sigmoid, tanh, relu */
    public String label() {
        return hand.label();
    }

    /**
     * @param text identity, sigmoid, tanh or relu (any case)
     * @return the activation, or null for any other word
     */
    public static HiddenActivation parse(String text) {
        for (HiddenActivation a : values()) {
            if (a.label().equals(text.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        return null;
    }
}
