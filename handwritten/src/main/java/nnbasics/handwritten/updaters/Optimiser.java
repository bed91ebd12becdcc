package nnbasics.handwritten.updaters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a trainer takes its step: the updater and its hyper-parameters, then the regularisation of the weights and
 * (apart) of the biases, and dropout's probability to keep. The twin of {@code nnbasics.dl4j.updaters.Optimiser},
 * the same fields in the same order; {@link #sgd(double)} is plain gradient descent, what every trainer took before.
 * The learning rate belongs to the updater: η of SGD, of momentum, RMSProp, AdaGrad and Adam alike.
 *
 * @param updater         the rule
 * @param learningRate    η
 * @param momentum        μ of {@link Kind#MOMENTUM}, DL4J's {@code Nesterovs}; ignored by the others
 * @param beta1           β₁ of Adam; ignored by the others
 * @param beta2           β₂ of Adam; ignored by the others
 * @param epsilon         ε of RMSProp, AdaGrad and Adam; ignored by SGD and momentum
 * @param rho             the decay of RMSProp's running average (DL4J's {@code rmsDecay}); ignored by the others
 * @param l1              c of L1 on the weights (DL4J's {@code l1}), 0 for none
 * @param l2              c of L2 on the weights (DL4J's {@code l2}), 0 for none
 * @param weightDecay     c of weight decay on the weights (DL4J's {@code weightDecay}, on the layer), 0 for none
 * @param l1Bias          the same on the biases ({@code l1Bias})
 * @param l2Bias          the same on the biases ({@code l2Bias})
 * @param weightDecayBias the same on the biases ({@code weightDecayBias})
 * @param keep            dropout's probability to keep a layer's input, 1 for no dropout
 * @param masks           where dropout's masks come from (their seed); {@link DropoutMasks#DEFAULT} unless told
 *                        otherwise, unused without dropout
 */
public record Optimiser(Kind updater, double learningRate, double momentum, double beta1, double beta2,
                        double epsilon, double rho, double l1, double l2, double weightDecay, double l1Bias,
                        double l2Bias, double weightDecayBias, double keep, DropoutMasks masks) {

    /** The updaters, each with DL4J's name for it. */
    public enum Kind {
        /** u = η·g. */
        SGD("SGD"),
        /** DL4J's {@code Nesterovs}. */
        MOMENTUM("Momentum"),
        /** DL4J's {@code RmsProp}. */
        RMSPROP("RMSProp"),
        /** DL4J's {@code AdaGrad}. */
        ADAGRAD("AdaGrad"),
        /** DL4J's {@code Adam}: ε on the uncorrected √v. */
        ADAM("Adam"),
        /** Kingma and Ba's Adam, ε on √v̂ ({@link TextbookAdam}): the hand side only, DL4J has no such updater. */
        TEXTBOOK_ADAM("textbook Adam");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return e.g. "Adam" */
        public String label() {
            return label;
        }
    }

    /**
     * @throws IllegalArgumentException if η is not finite and positive, a coefficient is negative or not finite,
     *                                  a hyper-parameter of the chosen updater is out of its range, or keep is not
     *                                  in (0, 1]
     */
    public Optimiser {
        if (updater == null) {
            throw new IllegalArgumentException("the updater is null");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate " + learningRate + " is not finite and positive");
        }
        switch (updater) {
            case MOMENTUM -> inUnitInterval("momentum", momentum, true);
            case RMSPROP -> {
                inUnitInterval("rho", rho, false);
                positive("epsilon", epsilon);
            }
            case ADAGRAD -> positive("epsilon", epsilon);
            case ADAM, TEXTBOOK_ADAM -> {
                inUnitInterval("beta1", beta1, true);
                inUnitInterval("beta2", beta2, false);
                positive("epsilon", epsilon);
            }
            default -> { }
        }
        double[] coefficients = {l1, l2, weightDecay, l1Bias, l2Bias, weightDecayBias};
        String[] names = {"l1", "l2", "weight decay", "l1 on the biases", "l2 on the biases",
            "weight decay on the biases"};
        for (int i = 0; i < coefficients.length; i++) {
            if (!(coefficients[i] >= 0) || Double.isInfinite(coefficients[i])) {
                throw new IllegalArgumentException(names[i] + " " + coefficients[i] + " is not finite and 0 or more");
            }
        }
        if (!(keep > 0 && keep <= 1)) {
            throw new IllegalArgumentException("the probability to keep must be in (0, 1], got " + keep);
        }
        if (masks == null) {
            throw new IllegalArgumentException("the dropout masks are null");
        }
    }

    /** The same with dropout's masks from {@link DropoutMasks#DEFAULT}. */
    public Optimiser(Kind updater, double learningRate, double momentum, double beta1, double beta2, double epsilon,
                     double rho, double l1, double l2, double weightDecay, double l1Bias, double l2Bias,
                     double weightDecayBias, double keep) {
        this(updater, learningRate, momentum, beta1, beta2, epsilon, rho, l1, l2, weightDecay, l1Bias, l2Bias,
                weightDecayBias, keep, DropoutMasks.DEFAULT);
    }

    /**
     * @param learningRate η
     * @return plain SGD at that rate, no regularisation, no dropout (DL4J's defaults in the unused fields)
     */
    public static Optimiser sgd(double learningRate) {
        return of(Kind.SGD, learningRate);
    }

    /**
     * @param updater      the rule
     * @param learningRate η
     * @return that updater with DL4J's default hyper-parameters, no regularisation, no dropout
     */
    public static Optimiser of(Kind updater, double learningRate) {
        double epsilon = switch (updater) {
            case RMSPROP -> RmsProp.DEFAULT_EPSILON;
            case ADAGRAD -> AdaGrad.DEFAULT_EPSILON;
            default -> Adam.DEFAULT_EPSILON;
        };
        return new Optimiser(updater, learningRate, Nesterovs.DEFAULT_MOMENTUM, Adam.DEFAULT_BETA1,
                Adam.DEFAULT_BETA2, epsilon, RmsProp.DEFAULT_DECAY, 0, 0, 0, 0, 0, 0, 1);
    }

    /** @return this with the given L1 on the weights */
    public Optimiser withL1(double c) {
        return new Optimiser(updater, learningRate, momentum, beta1, beta2, epsilon, rho, c, l2, weightDecay, l1Bias,
                l2Bias, weightDecayBias, keep, masks);
    }

    /** @return this with the given L2 on the weights */
    public Optimiser withL2(double c) {
        return new Optimiser(updater, learningRate, momentum, beta1, beta2, epsilon, rho, l1, c, weightDecay, l1Bias,
                l2Bias, weightDecayBias, keep, masks);
    }

    /** @return this with the given weight decay on the weights */
    public Optimiser withWeightDecay(double c) {
        return new Optimiser(updater, learningRate, momentum, beta1, beta2, epsilon, rho, l1, l2, c, l1Bias, l2Bias,
                weightDecayBias, keep, masks);
    }

    /** @return this with the given L1, L2 and weight decay on the biases */
    public Optimiser withBiasRegularisation(double l1B, double l2B, double weightDecayB) {
        return new Optimiser(updater, learningRate, momentum, beta1, beta2, epsilon, rho, l1, l2, weightDecay, l1B,
                l2B, weightDecayB, keep, masks);
    }

    /** @return this with another updater, its hyper-parameters kept */
    public Optimiser withUpdater(Kind kind) {
        return new Optimiser(kind, learningRate, momentum, beta1, beta2, epsilon, rho, l1, l2, weightDecay, l1Bias,
                l2Bias, weightDecayBias, keep, masks);
    }

    /** @return this with dropout: p, the probability to keep a hidden layer's input (1 for none) */
    public Optimiser withKeep(double p) {
        return new Optimiser(updater, learningRate, momentum, beta1, beta2, epsilon, rho, l1, l2, weightDecay, l1Bias,
                l2Bias, weightDecayBias, p, masks);
    }

    /** @return this with dropout's masks from another source (another seed) */
    public Optimiser withMasks(DropoutMasks source) {
        return new Optimiser(updater, learningRate, momentum, beta1, beta2, epsilon, rho, l1, l2, weightDecay, l1Bias,
                l2Bias, weightDecayBias, keep, source);
    }

    /** @return true for plain SGD with no regularisation and no dropout: the step every trainer took before */
    public boolean isPlainSgd() {
        return updater == Kind.SGD && l1 == 0 && l2 == 0 && weightDecay == 0 && l1Bias == 0 && l2Bias == 0
                && weightDecayBias == 0 && keep == 1;
    }

    /**
     * @param size the number of parameters in the group
     * @return a new updater of this kind, at its starting state
     */
    public Updater newUpdater(int size) {
        return switch (updater) {
            case SGD -> new Sgd(size, learningRate);
            case MOMENTUM -> new Nesterovs(size, learningRate, momentum);
            case RMSPROP -> new RmsProp(size, learningRate, rho, epsilon);
            case ADAGRAD -> new AdaGrad(size, learningRate, epsilon);
            case ADAM -> new Adam(size, learningRate, beta1, beta2, epsilon);
            case TEXTBOOK_ADAM -> new TextbookAdam(size, learningRate, beta1, beta2, epsilon);
        };
    }

    /** @return the step of a group of weights: this updater, then L1, L2 and weight decay on the weights */
    public Step weightStep(int size) {
        return new Step(newUpdater(size), regularisations(l1, l2, weightDecay));
    }

    /** @return the step of a group of biases: this updater, then the bias variants */
    public Step biasStep(int size) {
        return new Step(newUpdater(size), regularisations(l1Bias, l2Bias, weightDecayBias));
    }

    /** The list in DL4J's order ({@code BaseLayer.Builder}: l1, l2, then weight decay), the zero ones left out. */
    private static List<Regularisation> regularisations(double l1, double l2, double weightDecay) {
        List<Regularisation> list = new ArrayList<>();
        if (l1 > 0) {
            list.add(new L1(l1));
        }
        if (l2 > 0) {
            list.add(new L2(l2));
        }
        if (weightDecay > 0) {
            list.add(new WeightDecay(weightDecay));
        }
        return list;
    }

    /** @return the names of the updater's state, as its {@link Updater#state()} names them ("m", "v" for Adam) */
    public List<String> stateNames() {
        return List.copyOf(newUpdater(0).state().keySet());
    }

    /**
     * @return e.g. {@code "Adam(lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8) · L2 1e-4 · L2 on biases 1e-3"}: the updater
     *         with every hyper-parameter it uses, then each non-zero regulariser (the weights', then the biases'),
     *         then dropout, and its seed when it is not {@link DropoutMasks#DEFAULT}'s
     */
    public String describe() {
        StringBuilder text = new StringBuilder(updater.label()).append("(lr ").append(number(learningRate));
        switch (updater) {
            case MOMENTUM -> text.append(", μ ").append(number(momentum));
            case RMSPROP -> text.append(", ρ ").append(number(rho)).append(", ε ").append(number(epsilon));
            case ADAGRAD -> text.append(", ε ").append(number(epsilon));
            case ADAM, TEXTBOOK_ADAM -> text.append(", β₁ ").append(number(beta1)).append(", β₂ ")
                    .append(number(beta2)).append(", ε ").append(number(epsilon));
            default -> { }
        }
        text.append(')');
        term(text, "L1", l1);
        term(text, "L2", l2);
        term(text, "weight decay", weightDecay);
        term(text, "L1 on biases", l1Bias);
        term(text, "L2 on biases", l2Bias);
        term(text, "weight decay on biases", weightDecayBias);
        if (keep < 1) {
            text.append(" · dropout keep ").append(number(keep));
            if (!masks.equals(DropoutMasks.DEFAULT)) {
                text.append(" · dropout seed ").append(masks.seed());
            }
        }
        return text.toString();
    }

    private static void term(StringBuilder text, String name, double c) {
        if (c > 0) {
            text.append(" · ").append(name).append(' ').append(number(c));
        }
    }

    /**
     * @param x a finite value
     * @return the shortest decimal that reads back as x, plain from 0.001 up ("0.9", "0.001", "10"), as a power of
     *         ten below ("1e-8", "2.5e-5")
     */
    public static String number(double x) {
        BigDecimal exact = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        if (x != 0 && Math.abs(x) < 1e-3) {
            String mantissa = exact.unscaledValue().toString();
            int exponent = -exact.scale() + mantissa.length() - 1;
            String digits = mantissa.length() == 1 ? mantissa
                    : mantissa.charAt(0) + "." + mantissa.substring(1);
            return digits + "e" + exponent;
        }
        return exact.toPlainString();
    }

    private static void inUnitInterval(String name, double value, boolean zeroAllowed) {
        if (!(value < 1 && (zeroAllowed ? value >= 0 : value > 0))) {
            throw new IllegalArgumentException(name + " must be in " + (zeroAllowed ? "[0, 1)" : "(0, 1)")
                    + ", got " + value);
        }
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and positive, got " + value);
        }
    }
}
