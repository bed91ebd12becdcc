package nnbasics.compare.network;

import java.nio.file.Path;
import java.util.List;
import nnbasics.compare.EngineChoice;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.updaters.Optimiser;

/**
 * Everything a network classifier needs, already validated.
 *
 * @param train       the labelled training CSV
 * @param test        a labelled CSV to evaluate on, or null
 * @param features    the feature columns, in order
 * @param label       the label column
 * @param classes     the class names, in the order of the outputs
 * @param engine      which engine(s) to run
 * @param sizes       nIn, hidden widths…, classes
 * @param activation  f of the hidden layers
 * @param start       W and b of every layer at the start, in the network's units
 * @param startText   where the start came from, for messages: {@code seed 1} or {@code --init FILE}
 * @param rate        η of plain gradient descent on the mean cross-entropy
 * @param rateText    the rate as the user gave it
 * @param steps       full-batch updates
 * @param standardize train on z-scores (each engine with its own standardiser)
 */
public record NetworkRequest(Path train, Path test, List<String> features, String label, List<String> classes,
                             EngineChoice engine, int[] sizes, HiddenActivation activation, NetworkStart start,
                             String startText, double rate, String rateText, int steps, boolean standardize,
                             Optimiser optimiser) {

    /** The request with plain SGD at {@code rate}, as before optimisers. */
    public NetworkRequest(Path train, Path test, List<String> features, String label, List<String> classes,
                          EngineChoice engine, int[] sizes, HiddenActivation activation, NetworkStart start,
                          String startText, double rate, String rateText, int steps, boolean standardize) {
        this(train, test, features, label, classes, engine, sizes, activation, start, startText, rate, rateText,
                steps, standardize, Optimiser.sgd(rate));
    }

    /** @return e.g. {@code 2 → 4 tanh → 2 softmax} */
    public String architecture() {
        return NetworkTwins.architecture(sizes, activation);
    }
}
