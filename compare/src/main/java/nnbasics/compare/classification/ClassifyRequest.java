package nnbasics.compare.classification;

import java.nio.file.Path;
import java.util.List;
import nnbasics.compare.EngineChoice;
import nnbasics.handwritten.updaters.Optimiser;

/**
 * Everything a softmax classifier needs, already validated.
 *
 * @param train       the labelled training CSV
 * @param test        a labelled CSV to evaluate on, or null
 * @param features    the feature columns, in order
 * @param label       the label column
 * @param classes     the class names, in the order of the outputs
 * @param engine      which engine(s) to run
 * @param loss        cross-entropy or squared error on the probabilities
 * @param rate        the learning rate of plain gradient descent on that loss
 * @param rateText    the rate as the user gave it, for messages
 * @param steps       full-batch updates
 * @param standardize train on z-scores (each engine with its own standardiser)
 */
public record ClassifyRequest(Path train, Path test, List<String> features, String label, List<String> classes,
                              EngineChoice engine, Loss loss, double rate, String rateText, int steps,
                              boolean standardize, Optimiser optimiser) {

    /** The request with plain SGD at {@code rate}, as before optimisers. */
    public ClassifyRequest(Path train, Path test, List<String> features, String label, List<String> classes,
                           EngineChoice engine, Loss loss, double rate, String rateText, int steps,
                           boolean standardize) {
        this(train, test, features, label, classes, engine, loss, rate, rateText, steps, standardize,
                Optimiser.sgd(rate));
    }
}
