package nnbasics.compare.mnist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nnbasics.compare.StepObserver;
import nnbasics.compare.StepRecord;

/**
 * The epoch bookkeeping of an MNIST run, fed by the lock-step runner as it goes: per epoch and engine the mean batch
 * loss, the test accuracy after it and the seconds of its steps; with two engines the step proof's and the
 * trajectory's largest difference in it.
 *
 * <pre>
 * epoch e = steps k = e·n … (e + 1)·n − 1          n batches an epoch
 * record k → epoch k div n                           θ(k), batch k's loss, and the step proof of update k + 1
 * the last record (k = epochs·n, the final state) → the last epoch
 * an epoch closes after its last update: every engine's test accuracy, seconds and mean batch loss
 * </pre>
 */
final class EpochBook implements StepObserver {

    private final List<MeteredEngine> engines;
    private final MnistBatches batches;
    private final MnistTraining.Progress progress;
    private final Consumer<EpochSummary> epochDone;
    private final int epochs;
    private final double[][] loss;
    private final double[][] accuracy;
    private final double[][] seconds;
    private final double[] stepProof;
    private final double[] trajectory;

    EpochBook(List<MeteredEngine> engines, MnistBatches batches, MnistTraining.Progress progress,
              Consumer<EpochSummary> epochDone) {
        this.engines = engines;
        this.batches = batches;
        this.progress = progress;
        this.epochDone = epochDone;
        this.epochs = batches.schedule().epochs();
        this.loss = new double[engines.size()][epochs];
        this.accuracy = new double[engines.size()][epochs];
        this.seconds = new double[engines.size()][epochs];
        this.stepProof = new double[epochs];
        this.trajectory = new double[epochs];
    }

    @Override
    public void observe(StepRecord record) {
        int epoch = Math.min(batches.epochOf(record.step()), epochs - 1);
        trajectory[epoch] = Math.max(trajectory[epoch], record.maxRelativeDifference());
        if (record.stepProof().step() >= 0) {
            stepProof[epoch] = Math.max(stepProof[epoch], record.stepProof().value());
        }
    }

    @Override
    public void stepDone(int step, int steps) {
        int epoch = batches.epochOf(step - 1);
        int done = step - epoch * batches.perEpoch();
        progress.batchDone(epoch, done, batches.perEpoch());
        if (done == batches.perEpoch() && step < steps) {
            close(epoch);
        }
    }

    /** Closes the last epoch, after the runner's last record. */
    void finish() {
        close(epochs - 1);
    }

    private void close(int epoch) {
        int n = engines.size();
        List<String> names = new ArrayList<>(n);
        double[] a = new double[n];
        double[] l = new double[n];
        double[] s = new double[n];
        for (int e = 0; e < n; e++) {
            MeteredEngine engine = engines.get(e);
            names.add(engine.name());
            loss[e][epoch] = l[e] = engine.takeLossSum() / batches.perEpoch();
            seconds[e][epoch] = s[e] = engine.takeSeconds();
            accuracy[e][epoch] = a[e] = engine.testAccuracy();
        }
        if (epochDone != null) {
            boolean twins = n == 2;
            epochDone.accept(new EpochSummary(epoch, names, a, l, s, twins ? stepProof[epoch] : Double.NaN,
                    twins ? trajectory[epoch] : Double.NaN));
        }
    }

    /** @return the mean batch loss of engine e in each epoch */
    double[] loss(int e) {
        return loss[e].clone();
    }

    /** @return the test accuracy of engine e after each epoch */
    double[] accuracy(int e) {
        return accuracy[e].clone();
    }

    /** @return the seconds of engine e's steps in each epoch */
    double[] seconds(int e) {
        return seconds[e].clone();
    }

    /** @return the step proof's largest difference in each epoch */
    double[] stepProof() {
        return stepProof.clone();
    }

    /** @return the trajectory's largest difference in each epoch */
    double[] trajectory() {
        return trajectory.clone();
    }
}
