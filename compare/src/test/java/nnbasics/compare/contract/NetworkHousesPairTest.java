package nnbasics.compare.contract;

import java.util.List;
import nnbasics.compare.network.HiddenActivation;

/** The guide's section 10 network: the ten labelled houses, 2 → 4 tanh → 2 softmax, η = 0.5. */
class NetworkHousesPairTest extends NetworkPair {

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
    List<String> classes() {
        return List.of("bad", "good");
    }

    @Override
    int[] sizes() {
        return new int[] {2, 4, 2};
    }

    @Override
    HiddenActivation activation() {
        return HiddenActivation.TANH;
    }

    @Override
    double learningRate() {
        return 0.5;
    }

    @Override
    int rows() {
        return 10;
    }
}
