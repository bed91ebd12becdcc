package nnbasics.handwritten.classification;

/**
 * Trains a {@link SoftmaxModel} one full-batch step at a time; the twin of DL4J's {@code fit} on one batch.
 * Not thread-safe: it holds the current model.
 */
public final class SoftmaxTrainer {

    private final ClassificationData data;
    private final ClassificationLoss loss;
    private final double learningRate;
    private SoftmaxModel model;

    /**
     * @param data         the whole training set
     * @param start        the parameters to start from
     * @param loss         the loss to descend
     * @param learningRate η, the same for every weight and bias
     */
    public SoftmaxTrainer(ClassificationData data, SoftmaxModel start, ClassificationLoss loss, double learningRate) {
        Compatibility.check(start, data);
        this.data = data;
        this.model = start;
        this.loss = loss;
        this.learningRate = learningRate;
    }

    /**
     * One gradient-descent step on every example.
     *
     * @return the loss before the update (what DL4J's {@code score()} reports after {@code fit})
     */
    public double step() {
        SoftmaxStepResult result = SoftmaxGradientDescent.step(model, data, loss, learningRate);
        model = result.model();
        return result.loss();
    }

    /** @return the current parameters */
    public SoftmaxModel model() {
        return model;
    }

    /** @return the loss at the current parameters */
    public double loss() {
        return loss.loss(model, data);
    }
}
