package nnbasics.compare.contract;

import java.util.List;
import nnbasics.compare.classification.Loss;

/** Softmax regression on iris (150 rows, 4 standardised features, 3 species), cross-entropy, η = 0.5. */
class SoftmaxIrisPairTest extends SoftmaxPair {

    @Override
    String file() {
        return "iris.csv";
    }

    @Override
    List<String> features() {
        return List.of("sepal_length", "sepal_width", "petal_length", "petal_width");
    }

    @Override
    String label() {
        return "species";
    }

    @Override
    Loss loss() {
        return Loss.CROSS_ENTROPY;
    }

    @Override
    double learningRate() {
        return 0.5;
    }
}
