package nnbasics.compare.contract;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.compare.TestData;
import nnbasics.compare.classification.Dl4jSoftmaxEngine;
import nnbasics.compare.classification.Loss;
import nnbasics.compare.classification.SoftmaxTwins;
import nnbasics.compare.network.NetworkTensors;

/**
 * Softmax regression on one labelled file, from W = 0, b = 0, built by {@link SoftmaxTwins#both}; a subclass names
 * the file, the features, the label, the loss and the rate.
 */
abstract class SoftmaxPair extends EnginePairContract {

    private SoftmaxTwins twins;

    abstract String file();

    abstract List<String> features();

    abstract String label();

    abstract Loss loss();

    abstract double learningRate();

    @Override
    protected Pair pair() {
        twins = SoftmaxTwins.both(TestData.file(file()), features(), label(), true, loss(), learningRate());
        return new Pair(twins.hand().engine(), twins.dl4j().engine());
    }

    /** Each gradient entry sums the rows; each logit the features and the bias. */
    @Override
    protected long sumTerms() {
        if (twins == null) {
            pair();
        }
        return Math.max(twins.hand().train().features().length, features().size() + 1);
    }

    @Override
    protected double rate(String tensor, int index) {
        return learningRate();
    }

    /** DL4J's engine on the DL4J side's own standardised rows at any W, b (one layer: W1 = W, b1 = b). */
    @Override
    protected Engine dl4jAt(List<Tensor> parameters) {
        List<Tensor> asLayer = List.of(new Tensor("W1", Engine.values(parameters, "W")),
                new Tensor("b1", Engine.values(parameters, "b")));
        return new Dl4jSoftmaxEngine(twins.dl4j().train(), NetworkTensors.weights(asLayer).get(0),
                Engine.values(parameters, "b"), loss().dl4j(), learningRate());
    }
}
