package nnbasics.handwritten.classification;

/**
 * One step of full-batch gradient descent on a {@link SoftmaxModel}: W ← W − η ∂L/∂W, b ← b − η ∂L/∂b.
 * With {@link ClassificationLoss#CROSS_ENTROPY} or {@link ClassificationLoss#SQUARED_ERROR} it is the update DL4J's
 * {@code Sgd(η)} makes on a softmax output layer with {@code MCXENT} or {@code MSE}.
 */
public final class SoftmaxGradientDescent {

    private SoftmaxGradientDescent() {
    }

    /**
     * @param model        the parameters to start from
     * @param data         the whole training set (one step sees every example)
     * @param loss         the loss to descend
     * @param learningRate η, the same for every weight and bias
     * @return the new parameters, and the loss at the old ones
     */
    public static SoftmaxStepResult step(SoftmaxModel model, ClassificationData data, ClassificationLoss loss,
                                         double learningRate) {
        double before = loss.loss(model, data);                 // L at the parameters we start from
        SoftmaxGradient gradient = loss.gradient(model, data);  // ∂L/∂W, ∂L/∂b there
        double[][] dW = gradient.weights();
        double[] dB = gradient.bias();
        double[][] w = model.weights();                         // copies: the old model stays as it was
        double[] b = model.bias();
        for (int j = 0; j < w.length; j++) {
            for (int k = 0; k < b.length; k++) {
                w[j][k] -= learningRate * dW[j][k];             // W_jk ← W_jk − η ∂L/∂W_jk
            }
        }
        for (int k = 0; k < b.length; k++) {
            b[k] -= learningRate * dB[k];                       // b_k ← b_k − η ∂L/∂b_k
        }
        return new SoftmaxStepResult(new SoftmaxModel(w, b), before);
    }
}
