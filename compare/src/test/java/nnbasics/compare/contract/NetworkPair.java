package nnbasics.compare.contract;

import java.util.List;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.compare.TestData;
import nnbasics.compare.network.Dl4jNetworkEngine;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTensors;
import nnbasics.compare.network.NetworkTwins;

/**
 * A network on one labelled file, standardised, full batch, from the start {@link NetworkTwins#start} draws, built by
 * {@link NetworkTwins#of}; a subclass names the file, the columns, the widths, f and η.
 */
abstract class NetworkPair extends EnginePairContract {

    /** The seed of the shared start. */
    static final long INIT_SEED = 1;

    private NetworkTwins twins;

    abstract String file();

    abstract List<String> features();

    abstract String label();

    abstract List<String> classes();

    abstract int[] sizes();

    abstract HiddenActivation activation();

    abstract double learningRate();

    /** The rows of the file. */
    abstract int rows();

    @Override
    protected Pair pair() {
        twins = NetworkTwins.of(TestData.file(file()), features(), label(), classes(), EngineChoice.BOTH, true,
                activation(), NetworkTwins.start(sizes(), activation(), INIT_SEED), learningRate());
        return new Pair(twins.hand().engine(), twins.dl4j().engine());
    }

    @Override
    protected long sumTerms() {
        return NetworkTwins.sumTerms(rows(), sizes());
    }

    @Override
    protected double rate(String tensor, int index) {
        return learningRate();
    }

    /** DL4J's network on the DL4J side's own standardised rows at any W1, b1, W2, b2. */
    @Override
    protected Engine dl4jAt(List<Tensor> parameters) {
        return new Dl4jNetworkEngine(twins.dl4j().train(), NetworkTensors.weights(parameters),
                NetworkTensors.biases(parameters), activation(), learningRate());
    }
}
