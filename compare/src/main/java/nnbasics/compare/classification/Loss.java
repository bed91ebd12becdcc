package nnbasics.compare.classification;

import nnbasics.handwritten.classification.ClassificationLoss;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** The two losses of a softmax classifier, as each engine names them. */
public enum Loss {
    /** L = −(1/N) Σ log p_{i,y_i}; DL4J's MCXENT. */
    CROSS_ENTROPY("cross-entropy", ClassificationLoss.CROSS_ENTROPY, LossFunction.MCXENT),
    /** L = Σ (p − y)² / (N·K); DL4J's MSE on the softmax outputs (the notebook's cost is half of it). */
    MSE("mse", ClassificationLoss.SQUARED_ERROR, LossFunction.MSE);

    private final String label;
    private final ClassificationLoss hand;
    private final LossFunction dl4j;

    Loss(String label, ClassificationLoss hand, LossFunction dl4j) {
        this.label = label;
        this.hand = hand;
        this.dl4j = dl4j;
    }

    public String label() {
        return label;
    }

    public ClassificationLoss hand() {
        return hand;
    }

    public LossFunction dl4j() {
        return dl4j;
    }
}
