package nnbasics.handwritten.network;

import java.util.List;

/**
 * Starting parameters for a network, one W ([nIn][nOut]) and one b per layer from the input to the output.
 * The record copies its arrays on the way in and out; {@code equals} is the record's default (the lists hold arrays,
 * compare them with {@code Arrays.deepEquals}).
 *
 * @param weights W of every layer
 * @param biases  b of every layer
 */
public record NetworkStart(List<double[][]> weights, List<double[]> biases) {

    public NetworkStart {
        weights = NetworkGradient.copyMatrices(weights);
        biases = NetworkGradient.copyVectors(biases);
    }

    @Override
    public List<double[][]> weights() {
        return NetworkGradient.copyMatrices(weights);
    }

    @Override
    public List<double[]> biases() {
        return NetworkGradient.copyVectors(biases);
    }
}
