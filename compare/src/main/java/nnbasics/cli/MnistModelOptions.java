package nnbasics.cli;

import java.util.List;
import nnbasics.compare.mnist.MnistModel;
import nnbasics.compare.network.HiddenActivation;
import org.nd4j.linalg.api.buffer.DataType;
import picocli.CommandLine.Option;

/**
 * {@code nnbasics mnist}'s choice of model — softmax regression, in float32 for DL4J if asked, or with
 * {@code --hidden} a network — with its check. A picocli mixin: its options appear where the command declares it.
 */
final class MnistModelOptions {

    /** With --hidden: the activation when --activation is not given (ReLU, the usual choice for MNIST). */
    static final HiddenActivation DEFAULT_ACTIVATION = HiddenActivation.RELU;
    /** With --hidden: the seed of the start when --init-seed is not given. */
    static final long DEFAULT_INIT_SEED = 1L;

    @Option(names = "--hidden", split = Columns.SPLIT, splitSynopsisLabel = ",", converter = WidthConverter.class,
            paramLabel = "N,N,...",
            description = {"Hidden layers, input side first, by their widths (each at least 1): a network, not",
                "softmax regression; e.g. --hidden 128 for 784 -> 128 relu -> 10 softmax."})
    private List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "relu|tanh|sigmoid|identity",
            description = "With --hidden: the hidden layers' activation (default: relu).")
    private String activation;

    @Option(names = "--init-seed", paramLabel = "S",
            description = {"With --hidden: the seed of the starting weights (default: 1); --seed stays the seed of",
                "the shuffles."})
    private Long initSeed;

    @Option(names = "--float32",
            description = "DL4J computes in single precision (the hand-written engine always uses double).")
    private boolean float32;

    /**
     * Checks the flags before any work: --activation and --init-seed need --hidden; widths of at least 1; the
     * network twins compute in double only.
     *
     * @return the hidden activation, or null for softmax regression
     */
    HiddenActivation check() {
        if (hidden == null) {
            if (activation != null) {
                throw new UserError("--activation needs --hidden (the widths of the hidden layers, e.g. --hidden 128)");
            }
            if (initSeed != null) {
                throw new UserError("--init-seed needs --hidden (the widths of the hidden layers, e.g. --hidden 128)");
            }
            return null;
        }
        for (int width : hidden) {
            if (width < 1) {
                throw new UserError("--hidden " + String.join(",", hidden.stream().map(String::valueOf).toList())
                        + ": every hidden layer needs at least 1 unit, got " + width);
            }
        }
        if (float32) {
            throw new UserError("--float32 is for softmax regression: the network twins compute in double");
        }
        if (activation == null) {
            return DEFAULT_ACTIVATION;
        }
        HiddenActivation parsed = HiddenActivation.parse(activation);
        if (parsed == null) {
            throw new UsageError("--activation " + activation + ": expected relu, tanh, sigmoid or identity");
        }
        return parsed;
    }

    /** The model the flags ask for: softmax regression (DL4J in float32 with --float32), or a network. */
    MnistModel model(HiddenActivation hiddenActivation, double learningRate) {
        if (hiddenActivation == null) {
            return MnistModel.softmax(learningRate, float32 ? DataType.FLOAT : DataType.DOUBLE);
        }
        return MnistModel.network(hidden.stream().mapToInt(Integer::intValue).toArray(), hiddenActivation,
                initSeed(), learningRate);
    }

    /** @return the hidden layers' widths, or null for softmax regression */
    List<Integer> hidden() {
        return hidden;
    }

    /** @return the seed of a network's start */
    long initSeed() {
        return initSeed == null ? DEFAULT_INIT_SEED : initSeed;
    }

    /** @return whether DL4J computes in single precision */
    boolean float32() {
        return float32;
    }
}
