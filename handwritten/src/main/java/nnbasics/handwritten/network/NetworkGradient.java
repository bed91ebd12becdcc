package nnbasics.handwritten.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The loss of a batch and its gradient with respect to every layer's parameters, in the network's layout.
 * The record copies its arrays on the way in and out.
 *
 * @param weights ∂L/∂W_l, [nIn][nOut] each, from the input to the output
 * @param biases  ∂L/∂b_l, from the input to the output
 * @param loss    L = −(1/B) Σ_i log p_{i,y_i}, at the parameters the gradient was taken at
 */
public record NetworkGradient(List<double[][]> weights, List<double[]> biases, double loss) {

    public NetworkGradient {
        weights = copyMatrices(weights);
        biases = copyVectors(biases);
    }

    @Override
    public List<double[][]> weights() {
        return copyMatrices(weights);
    }

    @Override
    public List<double[]> biases() {
        return copyVectors(biases);
    }

    static List<double[][]> copyMatrices(List<double[][]> matrices) {
        List<double[][]> copy = new ArrayList<>();
        for (double[][] m : matrices) {
            double[][] c = new double[m.length][];
            for (int j = 0; j < m.length; j++) {
                c[j] = m[j].clone();
            }
            copy.add(c);
        }
        return List.copyOf(copy);
    }

    static List<double[]> copyVectors(List<double[]> vectors) {
        List<double[]> copy = new ArrayList<>();
        for (double[] v : vectors) {
            copy.add(v.clone());
        }
        return List.copyOf(copy);
    }
}
