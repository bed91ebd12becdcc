package nnbasics.compare.contract;

import java.util.List;
import nnbasics.compare.classification.Loss;

/**
 * Softmax regression on the ten labelled houses (area and bathrooms, good or bad) with the notebook's squared error
 * (DL4J's MSE on the softmax outputs), η = 0.5. Standardised, unlike the notebook's raw features at η = 5e−7: on raw
 * areas (≈ 2,000) the loss's third derivative in W is of order area³, so a finite difference with any one h would
 * measure h, not the engine; z-scores put every W on the same scale.
 */
class SoftmaxHousesMsePairTest extends SoftmaxPair {

    @Override
    String file() {
        return "houses-labelled.csv";
    }

    @Override
    List<String> features() {
        return List.of("area", "bathrooms");
    }

    @Override
    String label() {
        return "label";
    }

    @Override
    Loss loss() {
        return Loss.MSE;
    }

    @Override
    double learningRate() {
        return 0.5;
    }
}
