package nnbasics.explore;

import java.util.List;
import java.util.Locale;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.handwritten.updaters.Optimiser;

/**
 * The {@code classify} command line that makes a playground run again from its start — the same data, network,
 * start, updater, rate and steps — quoted so that sh reads every word back as it is.
 */
final class ClassifyCommandLine {

    private ClassifyCommandLine() {
    }

    /**
     * {@code ./nnbasics classify --data … --standardize [--hidden … --activation … --seed …] [--updater …] --lr …
     * [--l2 …] [--dropout …] --steps …}; without hidden layers it is softmax regression from zero, as the
     * playground's. The updater's hyper-parameters are DL4J's defaults, classify's without their flags.
     */
    static String of(PlaygroundData data, List<Integer> hidden, HiddenActivation activation, long seed,
                     Optimiser recipe, int steps) {
        StringBuilder s = new StringBuilder("./nnbasics classify --data ").append(shellWord(data.file().toString()))
                .append(" --features ").append(shellWord(String.join(",", data.features())))
                .append(" --label ").append(shellWord(data.label()))
                .append(" --standardize");
        if (!hidden.isEmpty()) {
            s.append(" --hidden ").append(String.join(",", hidden.stream().map(String::valueOf).toList()))
                    .append(" --activation ").append(activation.label())
                    .append(" --seed ").append(seed);
        }
        s.append(UpdaterChoice.flags(recipe)).append(" --lr ").append(rateText(recipe.learningRate()))
                .append(UpdaterChoice.regularisationFlags(recipe)).append(" --steps ").append(Math.max(steps, 1));
        return s.toString();
    }

    /** A word as sh reads it back: as it is when plain, else in single quotes (a quote inside as '\''). */
    static String shellWord(String word) {
        if (word.matches("[A-Za-z0-9_./,=:+@%-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** A rate as the command line takes it back exactly: the shortest decimal that parses to the same double. */
    static String rateText(double rate) {
        String text = Double.toString(rate);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text.toLowerCase(Locale.ROOT);
    }
}
