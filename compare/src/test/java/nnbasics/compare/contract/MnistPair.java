package nnbasics.compare.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.MnistSlice;
import nnbasics.compare.mnist.MnistModel;
import nnbasics.compare.mnist.MnistSchedule;
import nnbasics.compare.mnist.MnistSplits;
import nnbasics.compare.mnist.MnistTwins;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * An MNIST pair on the first {@link #TRAIN} training images of the real files (each side reading the slice with its
 * own IDX reader), built by {@link MnistTwins#of}. One batch is the whole slice, so that batch k's gradient, which
 * an update follows, is the gradient of {@code loss()}, which both engines compute on the whole training split: the
 * gradient check can compare them. The rows come in the schedule's shuffled order, which changes only the order of
 * the sums.
 */
abstract class MnistPair extends EnginePairContract {

    /** A slice small enough for a fast suite, large enough that most pixels carry ink somewhere. */
    static final int TRAIN = 100;
    static final int TEST = 10;

    /** Batches of the whole slice, as many epochs as lock-step updates (and one for the gradient check). */
    static final MnistSchedule SCHEDULE = new MnistSchedule(LOCK_STEPS + 1, TRAIN, 1L);

    private static MnistSplits splits;

    /** The slice, written and read once for all the tests of the class (the files are the same for every test). */
    static synchronized MnistSplits splits() {
        if (splits == null) {
            try {
                Path dir = Files.createTempDirectory("contract-mnist-");
                MnistSlice.write(dir, TRAIN, TEST);
                splits = MnistSplits.load(dir, EngineChoice.BOTH, DataType.DOUBLE);
                try (var written = Files.list(dir)) {              // both engines hold the slice in memory now
                    for (Path file : written.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return splits;
    }

    abstract MnistModel model();

    @Override
    protected Pair pair() {
        MnistTwins twins = MnistTwins.of(splits(), model(), SCHEDULE);
        return new Pair(twins.hand(), twins.dl4j());
    }

    @Override
    protected long sumTerms() {
        return model().sumTerms(SCHEDULE.batchSize());
    }

    @Override
    protected double rate(String tensor, int index) {
        return model().learningRate();
    }
}
