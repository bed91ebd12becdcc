package nnbasics.handwritten.classification;

/** The check that a model and a data set agree on the number of features and classes. */
final class Compatibility {

    private Compatibility() {
    }

    /** @throws IllegalArgumentException if the model and the data disagree on features or classes */
    static void check(SoftmaxModel model, ClassificationData data) {
        if (model.featureCount() != data.featureCount() || model.classCount() != data.classCount()) {
            throw new IllegalArgumentException("the model has " + model.featureCount() + " features and "
                    + model.classCount() + " classes, the data " + data.featureCount() + " features and "
                    + data.classCount() + " classes " + data.classes());
        }
    }
}
