package nnbasics.dl4j.classification;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Evaluates a classifier with DL4J's {@link Evaluation}: the predicted class is argmax_k p_k, the actual class is
 * argmax_k y_k of the one-hot label. The twin of the hand-written {@code Evaluation}.
 */
public final class Evaluations {

    private Evaluations() {
    }

    /**
     * @param net     a trained network
     * @param data    features and one-hot labels, scaled as the network was trained (raw or standardised)
     * @param classes the class names, in label order
     * @return the confusion matrix counts[actual][predicted] and the accuracy, both from DL4J's Evaluation
     * @throws IllegalArgumentException if the number of class names is not the labels' width
     */
    public static ConfusionMatrix evaluate(MultiLayerNetwork net, DataSet data, List<String> classes) {
        if (data.getLabels().size(1) != classes.size()) {
            throw new IllegalArgumentException(data.getLabels().size(1) + " label columns but " + classes.size()
                    + " class names");
        }
        INDArray probabilities = net.output(data.getFeatures(), false);
        Evaluation evaluation = new Evaluation(classes);
        evaluation.eval(data.getLabels(), probabilities);
        int k = classes.size();
        int[][] counts = new int[k][k];
        for (int actual = 0; actual < k; actual++) {
            for (int predicted = 0; predicted < k; predicted++) {
                counts[actual][predicted] = evaluation.getConfusionMatrix().getCount(actual, predicted);
            }
        }
        return new ConfusionMatrix(classes, counts, evaluation.accuracy());
    }
}
