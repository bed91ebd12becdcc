package nnbasics.compare.mnist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nnbasics.compare.Agreement;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;

/**
 * Trains one engine, or both in lock-step, through every batch of a schedule, and keeps the epoch bookkeeping.
 * What is compared at which moment is the lock-step runner's rule ({@link LockStep}), the same as for every model:
 *
 * <pre>
 * both engines   LockStep.run(hand, dl4j, epochs · n, …)   update k + 1 on batch k; at every update the step proof
 *                                                          (hand's step from DL4J's state) and the trajectory
 * one engine     LockStep.runAlone(engine, epochs · n, …)
 * each epoch     mean batch loss, seconds, test accuracy; the step proof's and the trajectory's largest (EpochBook)
 * </pre>
 *
 * The loss is not guarded: a mini-batch loss may rise from batch to batch.
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
     * @param twins     one engine, or both (hand and DL4J) to run in lock-step, and their schedule
     * @param progress  told after every batch
     * @param epochDone told after every epoch (for printing); may be null
     */
    public static MnistResult run(MnistTwins twins, Progress progress, Consumer<EpochSummary> epochDone) {
        List<MeteredEngine> engines = new ArrayList<>(2);
        for (MnistEngine engine : new MnistEngine[] {twins.hand(), twins.dl4j()}) {
            if (engine != null) {
                engines.add(new MeteredEngine(engine));
            }
        }
        MnistBatches batches = twins.batches();
        EpochBook book = new EpochBook(engines, batches, progress, epochDone);
        Agreement agreement = null;
        if (engines.size() == 2) {
            agreement = LockStep.run(engines.get(0), engines.get(1), batches.steps(), DivergenceGuard.none(), book)
                    .agreement();
        } else {
            LockStep.runAlone(engines.get(0), batches.steps(), DivergenceGuard.none(), book);
        }
        book.finish();
        List<EngineHistory> histories = new ArrayList<>();
        for (int e = 0; e < engines.size(); e++) {
            MnistEngine engine = engines.get(e);
            histories.add(new EngineHistory(engine.name(), book.loss(e), book.accuracy(e), book.seconds(e),
                    engine.sizes(), engine.parameters(), engine.confusion()));
        }
        boolean twinsRan = agreement != null;
        return new MnistResult(histories, twinsRan ? book.stepProof() : new double[0],
                twinsRan ? book.trajectory() : new double[0], agreement);
    }
}
