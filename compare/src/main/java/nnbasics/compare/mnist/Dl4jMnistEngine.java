package nnbasics.compare.mnist;

import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.dl4j.mnist.MnistTrainer;
import org.nd4j.linalg.api.buffer.DataType;

/** The DL4J engine: {@link MnistTrainer} on {@link MnistArrays}. */
public final class Dl4jMnistEngine implements MnistEngine {

    private final MnistArrays train;
    private final MnistArrays test;
    private final MnistTrainer trainer;

    /**
     * @param train        the training split, in the data type of the network
     * @param test         the test split, likewise
     * @param learningRate the SGD rate
     * @param dataType     DOUBLE or FLOAT
     */
    public Dl4jMnistEngine(MnistArrays train, MnistArrays test, double learningRate, DataType dataType) {
        this.train = train;
        this.test = test;
        this.trainer = new MnistTrainer(learningRate, dataType);
    }

    @Override
    public String name() {
        return "dl4j";
    }

    @Override
    public double trainBatch(int[] rows) {
        return trainer.trainBatch(train.features(), train.labels(), rows);
    }

    @Override
    public double[] weights() {
        return trainer.weights();
    }

    @Override
    public double[] bias() {
        return trainer.bias();
    }

    @Override
    public double testAccuracy() {
        return trainer.accuracy(test);
    }

    @Override
    public int[][] confusion() {
        return trainer.confusion(test);
    }
}
