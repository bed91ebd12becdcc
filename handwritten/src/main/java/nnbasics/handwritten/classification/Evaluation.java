package nnbasics.handwritten.classification;

/**
 * Evaluates a trained model on labelled examples, as the guide's friend does with her second list of houses
 * (section 7): train on one file, evaluate on another.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /**
     * @param model the model to evaluate
     * @param data  labelled examples with the model's features and classes
     * @return counts[actual][predicted] over every example, predicted = the class with the largest probability
     */
    public static ConfusionMatrix evaluate(SoftmaxModel model, ClassificationData data) {
        Compatibility.check(model, data);
        int[][] counts = new int[data.classCount()][data.classCount()];
        int[] labels = data.labels();
        for (int i = 0; i < data.size(); i++) {
            counts[labels[i]][model.predict(data.features()[i])]++;
        }
        return new ConfusionMatrix(data.classes(), counts);
    }
}
