package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;
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
    public List<Tensor> parameters() {
        return Tensor.layer("W", trainer.weights(), "b", trainer.bias(), "layer");
    }

    @Override
    public int[] sizes() {
        return new int[] {MnistArrays.PIXELS, MnistArrays.CLASSES};
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
