package nnbasics.compare.network;

import nnbasics.handwritten.updaters.Optimiser;

/** One optimiser recipe for both engines: the hand-written {@link Optimiser} read into its DL4J twin. */
public final class Optimisers {

    private Optimisers() {
    }

    /**
     * @param hand the recipe
     * @return DL4J's recipe with the same fields
     * @throws IllegalArgumentException for the textbook Adam, which DL4J does not have
     */
    public static nnbasics.dl4j.updaters.Optimiser dl4j(Optimiser hand) {
        nnbasics.dl4j.updaters.Optimiser.Kind kind = switch (hand.updater()) {
            case SGD -> nnbasics.dl4j.updaters.Optimiser.Kind.SGD;
            case MOMENTUM -> nnbasics.dl4j.updaters.Optimiser.Kind.MOMENTUM;
            case RMSPROP -> nnbasics.dl4j.updaters.Optimiser.Kind.RMSPROP;
            case ADAGRAD -> nnbasics.dl4j.updaters.Optimiser.Kind.ADAGRAD;
            case ADAM -> nnbasics.dl4j.updaters.Optimiser.Kind.ADAM;
            case TEXTBOOK_ADAM -> throw new IllegalArgumentException("DL4J has no textbook Adam: ε sits on the "
                    + "uncorrected √v in DL4J's");
        };
        return new nnbasics.dl4j.updaters.Optimiser(kind, hand.learningRate(), hand.momentum(), hand.beta1(),
                hand.beta2(), hand.epsilon(), hand.rho(), hand.l1(), hand.l2(), hand.weightDecay(), hand.l1Bias(),
                hand.l2Bias(), hand.weightDecayBias(), hand.keep(),
                new nnbasics.dl4j.updaters.DropoutMasks(hand.masks().seed()));   // the same seed, the same masks
    }
}
