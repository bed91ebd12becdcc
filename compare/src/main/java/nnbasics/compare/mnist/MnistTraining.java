package nnbasics.compare.mnist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nnbasics.compare.Difference;
import nnbasics.compare.Tensor;
import nnbasics.compare.TwinDifference;
import nnbasics.handwritten.mnist.EpochOrder;

/**
 * Trains one engine, or both in lock-step, epoch by epoch on the same mini-batches.
 *
 * <pre>
 * for epoch e = 0 … epochs−1:
 *     order = EpochOrder.of(count, seed, e)                 the same shuffle for both engines
 *     for each batch of B consecutive entries of order:
 *         L_hand = hand.trainBatch(rows)                     loss before the update, then the update
 *         L_dl4j = dl4j.trainBatch(rows)
 *         compare L and every W, b (TwinDifference)        only with two engines
 *     test accuracy of each engine
 * </pre>
 */
public final class MnistTraining {

    /** Told about the progress of an epoch (for a progress bar). */
    @FunctionalInterface
    public interface Progress {
        /** Nothing. */
        Progress NONE = (epoch, done, total) -> { };

        /** @param done batches finished in this epoch, of {@code total} */
        void batchDone(int epoch, int done, int total);
    }

    private MnistTraining() {
    }

    /**
     * What the twin check compares after each batch: the batch loss (before the update) and the engine's parameters
     * after it ({@code W, b}, or {@code W1, b1, W2, b2, …}, each layer's pair one scale group). The loss's scale is
     * its largest value so far, ln 10 ≈ 2.3 at the zero start.
     */
    private static List<Tensor> tensors(MnistEngine engine, double batchLoss) {
        List<Tensor> all = new ArrayList<>(List.of(Tensor.scalar(Tensor.LOSS, batchLoss)));
        all.addAll(engine.parameters());
        return all;
    }

    /**
     * @param engines    one engine, or two (hand and DL4J) to run in lock-step
     * @param trainCount the number of training rows
     * @param schedule   epochs, batch size, seed
     * @param progress   told after every batch
     * @param epochDone  told after every epoch (for printing); may be null
     */
    public static MnistResult run(List<MnistEngine> engines, int trainCount, MnistSchedule schedule,
                                  Progress progress, Consumer<EpochSummary> epochDone) {
        if (engines.isEmpty() || engines.size() > 2) {
            throw new IllegalArgumentException("one or two engines, got " + engines.size());
        }
        int epochs = schedule.epochs();
        int n = engines.size();
        double[][] loss = new double[n][epochs];
        double[][] accuracy = new double[n][epochs];
        double[][] seconds = new double[n][epochs];
        boolean twins = n == 2;
        double[] drift = new double[twins ? epochs : 0];
        int batches = EpochOrder.batchCount(trainCount, schedule.batchSize());
        double[] stepLoss = new double[n];
        TwinDifference metric = new TwinDifference();
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = EpochOrder.of(trainCount, schedule.seed(), epoch);
            long[] nanos = new long[n];
            double[] lossSum = new double[n];
            for (int b = 0; b < batches; b++) {
                int[] rows = EpochOrder.batch(order, b, schedule.batchSize());
                for (int e = 0; e < n; e++) {
                    long start = System.nanoTime();
                    stepLoss[e] = engines.get(e).trainBatch(rows);
                    nanos[e] += System.nanoTime() - start;
                    lossSum[e] += stepLoss[e];
                }
                if (twins) {
                    int step = epoch * batches + b + 1; // updates made so far
                    Difference d = metric.at(step, tensors(engines.get(0), stepLoss[0]),
                            tensors(engines.get(1), stepLoss[1]));
                    drift[epoch] = Math.max(drift[epoch], d.value());
                }
                progress.batchDone(epoch, b + 1, batches);
            }
            for (int e = 0; e < n; e++) {
                loss[e][epoch] = lossSum[e] / batches;
                seconds[e][epoch] = nanos[e] / 1e9;
                accuracy[e][epoch] = engines.get(e).testAccuracy();
            }
            if (epochDone != null) {
                double[] a = new double[n];
                double[] l = new double[n];
                double[] s = new double[n];
                List<String> names = new ArrayList<>();
                for (int e = 0; e < n; e++) {
                    names.add(engines.get(e).name());
                    a[e] = accuracy[e][epoch];
                    l[e] = loss[e][epoch];
                    s[e] = seconds[e][epoch];
                }
                epochDone.accept(new EpochSummary(epoch, names, a, l, s, twins ? drift[epoch] : Double.NaN));
            }
        }
        List<EngineHistory> histories = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            MnistEngine engine = engines.get(e);
            histories.add(new EngineHistory(engine.name(), loss[e], accuracy[e], seconds[e], engine.sizes(),
                    engine.parameters(), engine.confusion()));
        }
        return new MnistResult(histories, drift, twins ? metric.worst() : null);
    }
}
