package nnbasics.compare.mnist;

import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.handwritten.mnist.MnistData;

/**
 * Test accuracy against the number of hidden units: for each width, both engines built by {@link MnistTwins} from
 * one start and trained in lock-step on the same shuffled batches, every update's step proof and every step's
 * trajectory measured.
 *
 * <pre>
 * for each width h:
 *     h = 0:  softmax regression 784 → 10, W = 0, b = 0          as {@code nnbasics mnist}
 *     h ≥ 1:  784 → h f → 10 softmax, start drawn from initSeed     as {@code nnbasics mnist --hidden h}
 *     run both engines in lock-step (MnistTwins.run), the same schedule for every width
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
     * @param hidden          the hidden units (0 = softmax regression)
     * @param architecture    e.g. {@code 784 → 16 relu → 10 softmax}
     * @param result          both engines' run (hand first), with the step proof and the trajectory
     * @param stepBound       the step proof's bound for this model ({@link MnistModel#stepBound}, or the given one)
     * @param trajectoryBound the trajectory's documented bound ({@link MnistModel#trajectoryBound})
     * @param seconds         the wall time of the width's run: both engines' steps, the step proof's steps, the
     *                        comparisons, the evaluations
     * @param silentUnits     with ReLU, the hidden units that never fire on the training images after the run
     *                        (hand-written engine's weights, {@link #silentUnits}); empty for h = 0 or another f
     */
    public record Row(int hidden, String architecture, MnistResult result, double stepBound, double trajectoryBound,
                      double seconds, List<Integer> silentUnits) {

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
    }

    private final MnistSplits splits;
    private final HiddenActivation activation;
    private final long initSeed;
    private final double learningRate;
    private final MnistSchedule schedule;

    /**
     * @param splits       the training and test splits as both engines read them, DL4J's in double precision
     * @param activation   f of the hidden layer (for widths ≥ 1)
     * @param initSeed     the seed of the networks' start (for widths ≥ 1; softmax regression starts at 0)
     * @param learningRate η of SGD
     * @param schedule     epochs, batch size and the shuffles' seed, the same for every width
     */
    public MnistSweep(MnistSplits splits, HiddenActivation activation, long initSeed, double learningRate,
                      MnistSchedule schedule) {
        if (splits.handTrain() == null || splits.dl4jTrain() == null) {
            throw new IllegalArgumentException("the sweep trains both engines");
        }
        this.splits = splits;
        this.activation = activation;
        this.initSeed = initSeed;
        this.learningRate = learningRate;
        this.schedule = schedule;
    }

    /** @return the model of one width: softmax regression for 0, else 784 → h f → 10 */
    public MnistModel model(int hidden) {
        if (hidden < 0) {
            throw new IllegalArgumentException("a width of at least 0, got " + hidden);
        }
        return MnistModel.network(hidden == 0 ? new int[0] : new int[] {hidden}, activation, initSeed, learningRate);
    }

    /** @return e.g. {@code 784 → 10 softmax}, {@code 784 → 16 relu → 10 softmax} */
    public String architecture(int hidden) {
        return model(hidden).architecture();
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

    /**
     * Trains every width in turn, nothing skipped or sampled: every batch of every epoch, every update proven.
     *
     * @param widths    the hidden units of each run, in the order given
     * @param stepBound the step proof's bound for every row, or null for each model's own ({@link MnistModel#stepBound})
     * @param listener  told before each width
     * @param progress  told after every batch
     */
    public List<Row> run(List<Integer> widths, Double stepBound, Listener listener, MnistTraining.Progress progress) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            int hidden = widths.get(i);
            MnistModel model = model(hidden);
            listener.starting(i, widths.size(), model.architecture());
            long begin = System.nanoTime();
            MnistResult result = MnistTwins.of(splits, model, schedule).run(progress, null);
            double seconds = (System.nanoTime() - begin) / 1e9;
            List<Integer> silent = List.of();
            if (hidden > 0 && activation == HiddenActivation.RELU) {
                EngineHistory hand = result.engines().get(0);
                silent = silentUnits(hand.firstLayerWeights(), hand.parameters().get(1).values(), splits.handTrain());
            }
            rows.add(new Row(hidden, model.architecture(), result,
                    stepBound == null ? model.stepBound(schedule.batchSize()) : stepBound, model.trajectoryBound(),
                    seconds, silent));
        }
        return rows;
    }
}
