package nnbasics.compare.contract;

import java.util.List;
import nnbasics.compare.network.HiddenActivation;

/** Iris through a hidden layer: 150 rows, 4 → 8 relu → 3 softmax, η = 0.5. */
class NetworkIrisPairTest extends NetworkPair {

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
    List<String> classes() {
        return List.of("setosa", "versicolor", "virginica");
    }

    @Override
    int[] sizes() {
        return new int[] {4, 8, 3};
    }

    @Override
    HiddenActivation activation() {
        return HiddenActivation.RELU;
    }

    @Override
    double learningRate() {
        return 0.5;
    }

    @Override
    int rows() {
        return 150;
    }
}
