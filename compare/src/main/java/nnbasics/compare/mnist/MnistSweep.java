package nnbasics.compare.mnist;

import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.network.NetworkStart;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Test accuracy against the number of hidden units: for each width, both engines trained in lock-step by
 * {@link MnistTraining} from one start on the same shuffled batches, every step's twin difference measured.
 *
 * <pre>
 * for each width h:
 *     h = 0:  softmax regression 784 → 10, W = 0, b = 0          as {@code nnbasics mnist}
 *     h ≥ 1:  784 → h f → 10 softmax, start drawn from initSeed     as {@code nnbasics mnist --hidden h}
 *     run both engines in lock-step (MnistTraining.run), the same schedule for every width
 * </pre>
 *
 * Each width's row therefore equals the single run of the command named beside it, with the same seeds and epochs.
 */
public final class MnistSweep {

    /** Told before each width starts (for progress). */
    @FunctionalInterface
    public interface Listener {
        /** Nothing. */
        Listener NONE = (index, count, architecture) -> { };

        /** @param index the width's position in the sweep, from 0, of {@code count} */
        void starting(int index, int count, String architecture);
    }

    /**
     * One width of the sweep.
     *
     * @param hidden       the hidden units (0 = softmax regression)
     * @param architecture e.g. {@code 784 → 16 relu → 10 softmax}
     * @param result       both engines' run (hand first), with the twin difference over every step
     * @param tolerance    the documented bound for this model ({@link #tolerance(int)})
     * @param seconds      the wall time of the width's run: both engines' steps, the comparisons, the evaluations
     * @param silentUnits  with ReLU, the hidden units that never fire on the training images after the run
     *                     (hand-written engine's weights, {@link #silentUnits}); empty for h = 0 or another f
     */
    public record Row(int hidden, String architecture, MnistResult result, double tolerance, double seconds,
                      List<Integer> silentUnits) {

        public Row {
            silentUnits = List.copyOf(silentUnits);
        }

        /** @return the hand-written engine's test accuracy after the last epoch */
        public double handAccuracy() {
            return result.engines().get(0).finalAccuracy();
        }

        /** @return DL4J's test accuracy after the last epoch */
        public double dl4jAccuracy() {
            return result.engines().get(1).finalAccuracy();
        }

        /** @return true when the twin difference stayed within the tolerance at every step */
        public boolean agree() {
            return !result.difference().exceeds(tolerance);
        }
    }

    private final MnistData handTrain;
    private final MnistData handTest;
    private final MnistArrays dl4jTrain;
    private final MnistArrays dl4jTest;
    private final HiddenActivation activation;
    private final long initSeed;
    private final double learningRate;
    private final MnistSchedule schedule;

    /**
     * @param handTrain    the training split as the hand-written engine reads it
     * @param handTest     the test split, hand-written
     * @param dl4jTrain    the training split as DL4J reads it, in double precision
     * @param dl4jTest     the test split, DL4J, in double precision
     * @param activation   f of the hidden layer (for widths ≥ 1)
     * @param initSeed     the seed of the networks' start (for widths ≥ 1; softmax regression starts at 0)
     * @param learningRate η of SGD
     * @param schedule     epochs, batch size and the shuffles' seed, the same for every width
     */
    public MnistSweep(MnistData handTrain, MnistData handTest, MnistArrays dl4jTrain, MnistArrays dl4jTest,
                      HiddenActivation activation, long initSeed, double learningRate, MnistSchedule schedule) {
        if (handTrain.count() != dl4jTrain.count()) {
            throw new IllegalArgumentException("the engines read " + handTrain.count() + " and " + dl4jTrain.count()
                    + " training images");
        }
        this.handTrain = handTrain;
        this.handTest = handTest;
        this.dl4jTrain = dl4jTrain;
        this.dl4jTest = dl4jTest;
        this.activation = activation;
        this.initSeed = initSeed;
        this.learningRate = learningRate;
        this.schedule = schedule;
    }

    /**
     * The documented bound of the twin difference for a width: {@link Tolerances#MNIST_DOUBLE} for softmax
     * regression, {@link Tolerances#MNIST_NETWORK} for a network.
     */
    public static double tolerance(int hidden) {
        return hidden == 0 ? Tolerances.MNIST_DOUBLE : Tolerances.MNIST_NETWORK;
    }

    /** @return 784, h, 10 (or 784, 10 for h = 0) */
    public static int[] sizes(int hidden) {
        return hidden == 0 ? new int[] {MnistData.PIXELS, MnistData.CLASSES}
                : new int[] {MnistData.PIXELS, hidden, MnistData.CLASSES};
    }

    /** @return e.g. {@code 784 → 10 softmax}, {@code 784 → 16 relu → 10 softmax} */
    public String architecture(int hidden) {
        return NetworkTwins.architecture(sizes(hidden), activation);
    }

    /**
     * Hidden ReLU units that never fire on the given images ("dead" units): z_k = Σ_j x_j·W1[j][k] + b1_k ≤ 0 for
     * every image, so the unit outputs 0 everywhere and, on the training images, its weights get no gradient
     * (ReLU's derivative is 0 for z ≤ 0) — it no longer learns and adds nothing to the prediction.
     *
     * @param w1     the first layer's W, flat [pixel][unit]: W1[j·units + k]
     * @param b1     the first layer's b, one per unit
     * @param images the images, flat [image][pixel]
     * @return the units k with z_k ≤ 0 on every image, ascending
     */
    public static List<Integer> silentUnits(double[] w1, double[] b1, MnistData images) {
        int units = b1.length;
        if (w1.length != MnistData.PIXELS * units) {
            throw new IllegalArgumentException("expected 784 × " + units + " weights, got " + w1.length);
        }
        List<Integer> silent = new ArrayList<>();
        for (int k = 0; k < units; k++) {
            silent.add(k);
        }
        double[] x = images.images();
        for (int i = 0; i < images.count() && !silent.isEmpty(); i++) {
            int image = i * MnistData.PIXELS;
            silent.removeIf(k -> {
                double z = b1[k];
                for (int j = 0; j < MnistData.PIXELS; j++) {
                    double v = x[image + j];
                    if (v != 0) {
                        z += v * w1[j * units + k];   // z_k = Σ_j x_j·W1[j][k] + b1_k
                    }
                }
                return z > 0;
            });
        }
        return silent;
    }

    /** The two engines of one width, hand first, from one start. */
    public List<MnistEngine> engines(int hidden) {
        if (hidden < 0) {
            throw new IllegalArgumentException("a width of at least 0, got " + hidden);
        }
        if (hidden == 0) {
            return List.of(new HandMnistEngine(handTrain, handTest, learningRate),
                    new Dl4jMnistEngine(dl4jTrain, dl4jTest, learningRate, DataType.DOUBLE));
        }
        NetworkStart start = NetworkTwins.start(sizes(hidden), activation, initSeed);
        return List.of(new HandMnistNetworkEngine(handTrain, handTest, start, activation, learningRate),
                new Dl4jMnistNetworkEngine(dl4jTrain, dl4jTest, start, activation, learningRate));
    }

    /**
     * Trains every width in turn, nothing skipped or sampled: every batch of every epoch, every step compared.
     *
     * @param widths   the hidden units of each run, in the order given
     * @param tolerance the bound each row is held to, or null for the documented one ({@link #tolerance(int)})
     * @param listener told before each width
     * @param progress told after every batch
     */
    public List<Row> run(List<Integer> widths, Double tolerance, Listener listener, MnistTraining.Progress progress) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            int hidden = widths.get(i);
            listener.starting(i, widths.size(), architecture(hidden));
            long begin = System.nanoTime();
            MnistResult result = MnistTraining.run(engines(hidden), handTrain.count(), schedule, progress, null);
            double seconds = (System.nanoTime() - begin) / 1e9;
            List<Integer> silent = List.of();
            if (hidden > 0 && activation == HiddenActivation.RELU) {
                EngineHistory hand = result.engines().get(0);
                silent = silentUnits(hand.firstLayerWeights(), hand.parameters().get(1).values(), handTrain);
            }
            rows.add(new Row(hidden, architecture(hidden), result, tolerance == null ? tolerance(hidden) : tolerance,
                    seconds, silent));
        }
        return rows;
    }
}
