package nnbasics.compare.classification;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.dl4j.classification.SoftmaxTrainer;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** The DL4J softmax regression as an {@link Engine}; outputs are the training probabilities from {@code net.output}. */
public final class Dl4jSoftmaxEngine implements Engine {

    private final DataSet data;
    private final SoftmaxTrainer trainer;

    public Dl4jSoftmaxEngine(DataSet data, double[][] startWeights, double[] startBias, LossFunction loss,
                             double rate) {
        this.data = data;
        this.trainer = new SoftmaxTrainer(data, startWeights, startBias, loss, rate);
    }

    @Override
    public String name() {
        return "dl4j";
    }

    @Override
    public double step() {
        return trainer.step();
    }

    @Override
    public List<Tensor> parameters() {
        return Tensor.layer("W", Tensor.rows(trainer.weights()), "b", trainer.bias(), "layer");
    }

    @Override
    public double loss() {
        return trainer.loss();
    }

    @Override
    public List<Tensor> outputs() {
        return List.of(new Tensor("P", Tensor.rows(trainer.probabilities(data.getFeatures()))));
    }

    public SoftmaxTrainer trainer() {
        return trainer;
    }
}
