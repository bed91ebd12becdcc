package nnbasics.explore;

import java.util.List;
import java.util.Locale;
import nnbasics.handwritten.updaters.AdaGrad;
import nnbasics.handwritten.updaters.Adam;
import nnbasics.handwritten.updaters.Nesterovs;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Optimiser.Kind;
import nnbasics.handwritten.updaters.RmsProp;

/**
 * The playground's choice of how the step is taken: one of the updaters {@code classify --updater} offers, with
 * DL4J's default hyper-parameters, at a rate, with L2 on the weights ({@code --l2}) and dropout ({@code --dropout},
 * the probability to keep a hidden layer's input). Switching the updater takes that updater's default rate, as
 * {@code classify} does without {@code --lr}, and keeps L2 and dropout:
 *
 * <pre>
 * sgd        0.5     classify --hidden's rate, the playground's from the start (docs/hidden-layers.md)
 * momentum   0.1     DL4J's Nesterovs, μ 0.9
 * rmsprop    0.1     DL4J's RmsProp, ρ 0.95, ε 1e-8
 * adagrad    0.1     DL4J's AdaGrad, ε 1e-6
 * adam       0.001   DL4J's Adam, β₁ 0.9, β₂ 0.999, ε 1e-8
 * </pre>
 *
 * No Swing here: {@link UpdaterRow} is the control, {@link PlaygroundModel} keeps the recipe.
 */
public final class UpdaterChoice {

    /** The updaters the box offers, in {@code classify --updater}'s order (DL4J has no textbook Adam). */
    static final List<Kind> KINDS = List.of(Kind.SGD, Kind.MOMENTUM, Kind.RMSPROP, Kind.ADAGRAD, Kind.ADAM);

    /** The rates the box offers with SGD: around 0.5, for standardised features; any other can be typed. */
    private static final String[] SGD_RATES = {"0.01", "0.03", "0.1", "0.3", "0.5", "1", "3"};
    /** Around DL4J's default 0.1 of momentum, RMSProp and AdaGrad. */
    private static final String[] TENTH_RATES = {"0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1"};
    /** Around Adam's default 0.001. */
    private static final String[] ADAM_RATES = {"0.0001", "0.0003", "0.001", "0.003", "0.01", "0.03", "0.1"};

    /** The L2 coefficients the box offers; any other, 0 or more, can be typed. */
    static final String[] L2S = {"0", "1e-4", "0.001", "0.01", "0.1"};
    /** The probabilities to keep the box offers; any other in (0, 1] can be typed. */
    static final String[] KEEPS = {"1", "0.9", "0.8", "0.5"};

    private UpdaterChoice() {
    }

    /** @return the name {@code --updater} takes, e.g. "adam" */
    static String name(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** @return the updater of that {@code --updater} name, or null for another word */
    static Kind parse(String name) {
        for (Kind kind : KINDS) {
            if (name(kind).equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** @return the rate a run of that updater starts with: the table above */
    public static double defaultRate(Kind kind) {
        return switch (kind) {
            case SGD -> PlaygroundModel.DEFAULT_RATE;
            case MOMENTUM -> Nesterovs.DEFAULT_LEARNING_RATE;
            case RMSPROP -> RmsProp.DEFAULT_LEARNING_RATE;
            case ADAGRAD -> AdaGrad.DEFAULT_LEARNING_RATE;
            case ADAM, TEXTBOOK_ADAM -> Adam.DEFAULT_LEARNING_RATE;
        };
    }

    /** @return that updater at its default rate and DL4J's default hyper-parameters, no regularisation */
    public static Optimiser of(Kind kind) {
        return Optimiser.of(kind, defaultRate(kind));
    }

    /** @return that updater at its default rate and DL4J's default hyper-parameters, with the L2 and dropout of now */
    static Optimiser switchTo(Optimiser now, Kind kind) {
        return of(kind).withL2(now.l2()).withKeep(now.keep());
    }

    /** @return the same recipe at another rate η */
    public static Optimiser withRate(Optimiser recipe, double rate) {
        return new Optimiser(recipe.updater(), rate, recipe.momentum(), recipe.beta1(), recipe.beta2(),
                recipe.epsilon(), recipe.rho(), recipe.l1(), recipe.l2(), recipe.weightDecay(), recipe.l1Bias(),
                recipe.l2Bias(), recipe.weightDecayBias(), recipe.keep());
    }

    /** @return the rates the rate box offers with that updater, its default among them */
    static String[] rates(Kind kind) {
        return (switch (kind) {
            case SGD -> SGD_RATES;
            case ADAM, TEXTBOOK_ADAM -> ADAM_RATES;
            default -> TENTH_RATES;
        }).clone();
    }

    /**
     * @return the flags of {@code classify} that take this step: none for plain SGD (the command as before),
     *         {@code --updater NAME} otherwise (the hyper-parameters are DL4J's defaults, which classify takes too)
     */
    static String flags(Optimiser recipe) {
        return recipe.updater() == Kind.SGD ? "" : " --updater " + name(recipe.updater());
    }

    /** @return {@code --l2 C} when there is L2, {@code --dropout KEEP} when there is dropout; else nothing */
    static String regularisationFlags(Optimiser recipe) {
        return (recipe.l2() > 0 ? " --l2 " + Optimiser.number(recipe.l2()) : "")
                + (recipe.keep() < 1 ? " --dropout " + Optimiser.number(recipe.keep()) : "");
    }

    /**
     * @return the updater's state the step proof compares besides W and b, e.g. "Adam state (m, v)"; empty for
     *         plain SGD, which has none
     */
    static String state(Optimiser recipe) {
        List<String> names = recipe.stateNames();
        return names.isEmpty() ? "" : recipe.updater().label() + " state (" + String.join(", ", names) + ")";
    }
}
