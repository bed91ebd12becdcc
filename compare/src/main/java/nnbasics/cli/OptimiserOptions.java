package nnbasics.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnbasics.handwritten.updaters.AdaGrad;
import nnbasics.handwritten.updaters.Adam;
import nnbasics.handwritten.updaters.DropoutMasks;
import nnbasics.handwritten.updaters.Nesterovs;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Optimiser.Kind;
import nnbasics.handwritten.updaters.RmsProp;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How the step is taken, as flags: the updater and its hyper-parameters (DL4J's defaults), L1, L2 and weight decay
 * on the weights and (apart) on the biases, dropout and the seed of its masks. One recipe ({@link Optimiser}) for both engines. A picocli mixin: its options appear where the
 * command declares it. Without any of them the step is plain SGD, as before.
 */
final class OptimiserOptions {

    @Option(names = "--updater", defaultValue = "sgd", paramLabel = "sgd|momentum|rmsprop|adagrad|adam",
            converter = KindConverter.class,
            description = {"How the gradient becomes the step (default: ${DEFAULT-VALUE}); momentum is DL4J's",
                "Nesterovs, adam DL4J's Adam (docs/derivations.md, sections 12-15). Without --lr, another",
                "updater than sgd takes DL4J's default rate: 0.1 (momentum, rmsprop, adagrad), 0.001 (adam)."})
    private Kind updater;

    @Option(names = "--momentum", paramLabel = "MU",
            description = "With --updater momentum: mu in [0, 1) (default: " + Nesterovs.DEFAULT_MOMENTUM + ").")
    private Double momentum;

    @Option(names = "--beta1", paramLabel = "B1",
            description = "With --updater adam: the decay of m, in [0, 1) (default: " + Adam.DEFAULT_BETA1 + ").")
    private Double beta1;

    @Option(names = "--beta2", paramLabel = "B2",
            description = "With --updater adam: the decay of v, in (0, 1) (default: " + Adam.DEFAULT_BETA2 + ").")
    private Double beta2;

    @Option(names = "--epsilon", paramLabel = "EPS",
            description = {"With rmsprop, adagrad or adam: added to the root in the denominator, positive",
                "(default: 1e-8; 1e-6 with adagrad)."})
    private Double epsilon;

    @Option(names = "--rho", paramLabel = "RHO",
            description = "With --updater rmsprop: the decay of the running mean of g^2, in (0, 1) (default: "
                    + RmsProp.DEFAULT_DECAY + ").")
    private Double rho;

    @Option(names = "--l1", paramLabel = "C", defaultValue = "0",
            description = "L1 on the weights, not the biases: c sign(W) added to the gradient (default: 0).")
    private double l1;

    @Option(names = "--l2", paramLabel = "C", defaultValue = "0",
            description = "L2 on the weights, not the biases: c W added to the gradient (default: 0).")
    private double l2;

    @Option(names = "--weight-decay", paramLabel = "C", defaultValue = "0",
            description = "Weight decay on the weights, not the biases: c lr W added to the step (default: 0).")
    private double weightDecay;

    @Option(names = "--l1-bias", paramLabel = "C", defaultValue = "0",
            description = "L1 on the biases (DL4J's l1Bias): c sign(b) added to their gradient (default: 0).")
    private double l1Bias;

    @Option(names = "--l2-bias", paramLabel = "C", defaultValue = "0",
            description = "L2 on the biases (DL4J's l2Bias): c b added to their gradient (default: 0).")
    private double l2Bias;

    @Option(names = "--weight-decay-bias", paramLabel = "C", defaultValue = "0",
            description = "Weight decay on the biases (DL4J's weightDecayBias): c lr b added to their step "
                    + "(default: 0).")
    private double weightDecayBias;

    @Option(names = "--dropout", paramLabel = "KEEP", defaultValue = "1",
            description = {"Dropout: the probability to keep each hidden layer's input, in (0, 1] (default: 1, no",
                "dropout), DL4J's dropOut(KEEP); both engines drop the same units at each step. Needs",
                "--hidden (classify, fit and mnist)."})
    private double keep;

    @Option(names = "--dropout-seed", paramLabel = "S",
            description = "With --dropout: the seed of the dropout masks, the same for both engines (default: "
                    + DropoutMasks.DEFAULT_SEED + ").")
    private Long dropoutSeed;

    /** Checks the flags before any work: each hyper-parameter belongs to the chosen updater and is in range. */
    void check() {
        hyperParameter("--momentum", momentum, Kind.MOMENTUM);
        hyperParameter("--beta1", beta1, Kind.ADAM);
        hyperParameter("--beta2", beta2, Kind.ADAM);
        hyperParameter("--rho", rho, Kind.RMSPROP);
        if (epsilon != null && updater != Kind.RMSPROP && updater != Kind.ADAGRAD && updater != Kind.ADAM) {
            throw new UserError("--epsilon needs --updater rmsprop, adagrad or adam, not " + name(updater));
        }
        range("--momentum", momentum, true);
        range("--beta1", beta1, true);
        range("--beta2", beta2, false);
        range("--rho", rho, false);
        if (epsilon != null && (!(epsilon > 0) || Double.isInfinite(epsilon))) {
            throw new UserError("--epsilon must be a finite positive number, got " + epsilon);
        }
        coefficient("--l1", l1);
        coefficient("--l2", l2);
        coefficient("--weight-decay", weightDecay);
        coefficient("--l1-bias", l1Bias);
        coefficient("--l2-bias", l2Bias);
        coefficient("--weight-decay-bias", weightDecayBias);
        if (!(keep > 0 && keep <= 1)) {
            throw new UserError("--dropout must be in (0, 1], the probability to keep, got " + keep);
        }
        if (dropoutSeed != null && keep == 1) {
            throw new UserError("--dropout-seed needs --dropout (a probability to keep below 1): without dropout "
                    + "there are no masks");
        }
    }

    /**
     * @param parsed the command's parse result
     * @return the first of this mixin's flags given on the command line, e.g. {@code "--l2"}; null for none
     */
    static String firstGiven(CommandLine.ParseResult parsed) {
        for (String flag : FLAGS) {
            if (parsed.hasMatchedOption(flag)) {
                return flag;
            }
        }
        return null;
    }

    /** Every flag of this mixin, in the order of its synopsis. */
    static final List<String> FLAGS = List.of("--updater", "--momentum", "--beta1", "--beta2", "--epsilon", "--rho",
            "--l1", "--l2", "--weight-decay", "--l1-bias", "--l2-bias", "--weight-decay-bias", "--dropout",
            "--dropout-seed");

    /** @return p of {@code --dropout}, 1 for none */
    double keep() {
        return keep;
    }

    /** @return true for plain SGD with no regularisation: the step as before, and outputs as before */
    boolean isPlainSgd() {
        return updater == Kind.SGD && l1 == 0 && l2 == 0 && weightDecay == 0 && l1Bias == 0 && l2Bias == 0
                && weightDecayBias == 0 && keep == 1;
    }

    /** @return η for {@code --lr auto} when the updater is not SGD: DL4J's default rate of that updater */
    double defaultRate() {
        return switch (updater) {
            case MOMENTUM -> Nesterovs.DEFAULT_LEARNING_RATE;
            case RMSPROP -> RmsProp.DEFAULT_LEARNING_RATE;
            case ADAGRAD -> AdaGrad.DEFAULT_LEARNING_RATE;
            default -> Adam.DEFAULT_LEARNING_RATE;
        };
    }

    /** @return the updater */
    Kind updater() {
        return updater;
    }

    /**
     * @param rate η
     * @return the recipe: the updater at η with the given (or DL4J's default) hyper-parameters, the regularisation
     */
    Optimiser optimiser(double rate) {
        Optimiser defaults = Optimiser.of(updater, rate);
        return new Optimiser(updater, rate, or(momentum, defaults.momentum()), or(beta1, defaults.beta1()),
                or(beta2, defaults.beta2()), or(epsilon, defaults.epsilon()), or(rho, defaults.rho()), l1, l2,
                weightDecay, l1Bias, l2Bias, weightDecayBias, keep,
                dropoutSeed == null ? DropoutMasks.DEFAULT : new DropoutMasks(dropoutSeed));
    }

    /**
     * @param optimiser the recipe of the run
     * @return the recipe for {@code --json}: the updater, each hyper-parameter it uses, the regularisation, the text
     */
    static Map<String, Object> json(Optimiser optimiser) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("updater", name(optimiser.updater()));
        object.put("learningRate", optimiser.learningRate());
        switch (optimiser.updater()) {
            case MOMENTUM -> object.put("momentum", optimiser.momentum());
            case RMSPROP -> {
                object.put("rho", optimiser.rho());
                object.put("epsilon", optimiser.epsilon());
            }
            case ADAGRAD -> object.put("epsilon", optimiser.epsilon());
            case ADAM, TEXTBOOK_ADAM -> {
                object.put("beta1", optimiser.beta1());
                object.put("beta2", optimiser.beta2());
                object.put("epsilon", optimiser.epsilon());
            }
            default -> { }
        }
        object.put("l1", optimiser.l1());
        object.put("l2", optimiser.l2());
        object.put("weightDecay", optimiser.weightDecay());
        if (optimiser.l1Bias() > 0 || optimiser.l2Bias() > 0 || optimiser.weightDecayBias() > 0) {
            object.put("l1Bias", optimiser.l1Bias());            // only when one is set: outputs without unchanged
            object.put("l2Bias", optimiser.l2Bias());
            object.put("weightDecayBias", optimiser.weightDecayBias());
        }
        if (optimiser.keep() < 1) {
            object.put("dropoutKeep", optimiser.keep());         // only with dropout: outputs without it unchanged
            object.put("dropoutSeed", optimiser.masks().seed()); // the masks' seed, the default's too
        }
        object.put("text", optimiser.describe());
        return object;
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static double or(Double given, double otherwise) {
        return given == null ? otherwise : given;
    }

    private void hyperParameter(String flag, Double value, Kind owner) {
        if (value != null && updater != owner) {
            throw new UserError(flag + " needs --updater " + name(owner) + ", not " + name(updater));
        }
    }

    private static void range(String flag, Double value, boolean zeroAllowed) {
        if (value != null && !(value < 1 && (zeroAllowed ? value >= 0 : value > 0))) {
            throw new UserError(flag + " must be in " + (zeroAllowed ? "[0, 1)" : "(0, 1)") + ", got " + value);
        }
    }

    private static void coefficient(String flag, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new UserError(flag + " must be a finite number, 0 or more, got " + value);
        }
    }

    /** Parses {@code sgd|momentum|rmsprop|adagrad|adam}. */
    static final class KindConverter implements CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            for (Kind kind : new Kind[] {Kind.SGD, Kind.MOMENTUM, Kind.RMSPROP, Kind.ADAGRAD, Kind.ADAM}) {
                if (name(kind).equals(value)) {
                    return kind;
                }
            }
            throw new CommandLine.TypeConversionException("expected sgd, momentum, rmsprop, adagrad or adam, got "
                    + value);
        }
    }
}
