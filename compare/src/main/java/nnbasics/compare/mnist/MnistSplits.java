package nnbasics.compare.mnist;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nnbasics.compare.EngineChoice;
import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.handwritten.mnist.MnistData;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The MNIST files as each engine reads them: by hand ({@link MnistData}, IdxReader) and by the DL4J side
 * ({@link MnistArrays}), each with its own reader; a side that does not run is null.
 *
 * @param handTrain   the training split, hand-written, or null
 * @param handTest    the test split, hand-written, or null
 * @param dl4jTrain   the training split as INDArrays, or null
 * @param dl4jTest    the test split as INDArrays, or null
 * @param loadSeconds the wall time each side took to read its four files ({@code hand}, {@code dl4j})
 */
public record MnistSplits(MnistData handTrain, MnistData handTest, MnistArrays dl4jTrain, MnistArrays dl4jTest,
                          Map<String, Double> loadSeconds) {

    public MnistSplits {
        if (handTrain != null && dl4jTrain != null && handTrain.count() != dl4jTrain.count()) {
            throw new IllegalArgumentException("the engines read " + handTrain.count() + " and " + dl4jTrain.count()
                    + " training images");
        }
        loadSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(loadSeconds));
    }

    /**
     * Reads the four standard files of {@code dir} for the sides {@code engine} asks for.
     *
     * @param dl4jType the DL4J side's data type (DOUBLE, or FLOAT for {@code --float32})
     * @throws nnbasics.handwritten.mnist.IdxFormatException a malformed file, read by hand
     * @throws nnbasics.dl4j.mnist.MnistFormatException     a malformed file, read by the DL4J side
     */
    public static MnistSplits load(Path dir, EngineChoice engine, DataType dl4jType) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        MnistData handTrain = null;
        MnistData handTest = null;
        MnistArrays dl4jTrain = null;
        MnistArrays dl4jTest = null;
        if (engine.runsHand()) {
            long start = System.nanoTime();
            handTrain = MnistData.training(dir);
            handTest = MnistData.test(dir);
            seconds.put("hand", (System.nanoTime() - start) / 1e9);
        }
        if (engine.runsDl4j()) {
            Nd4j.getBackend();   // ND4J's native start-up (0.6–1 s) is not part of reading the files
            long start = System.nanoTime();
            dl4jTrain = MnistArrays.training(dir, dl4jType);
            dl4jTest = MnistArrays.test(dir, dl4jType);
            seconds.put("dl4j", (System.nanoTime() - start) / 1e9);
        }
        return new MnistSplits(handTrain, handTest, dl4jTrain, dl4jTest, seconds);
    }

    /** @return the number of training images (the same for both sides) */
    public int trainCount() {
        return handTrain != null ? handTrain.count() : dl4jTrain.count();
    }

    /** @return the number of test images */
    public int testCount() {
        return handTest != null ? handTest.count() : dl4jTest.count();
    }
}
