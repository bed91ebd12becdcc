package nnbasics.compare;

import java.util.List;

/**
 * A named array that both engines compute and the twin check compares: a weight matrix (flat, row-major
 * [input][unit]), a bias vector, the probabilities of the training rows, the loss (one value).
 *
 * @param name   how messages and {@code --json} name it: {@code loss}, {@code w}, {@code b}, {@code W}, {@code P},
 *               {@code W1}, {@code b1}, …
 * @param scale  the group whose largest entry is its scale in {@link TwinDifference}: a layer's W and b share one
 *               ({@code layer}, {@code layer1}, …), since b is the weight of the constant input 1; every other
 *               tensor is a group of its own
 * @param values its entries; not copied, treat as read-only
 */
public record Tensor(String name, String scale, double[] values) {

    /** A tensor that is its own scale group. */
    public Tensor(String name, double[] values) {
        this(name, name, values);
    }

    /** The weights and biases of one layer, which share a scale. */
    public static List<Tensor> layer(String weights, double[] w, String bias, double[] b, String layer) {
        return List.of(new Tensor(weights, layer, w), new Tensor(bias, layer, b));
    }

    /** The name of the loss, which every run compares. */
    public static final String LOSS = "loss";

    /** A tensor of one value. */
    public static Tensor scalar(String name, double value) {
        return new Tensor(name, new double[] {value});
    }

    /** The entries of every tensor, one after the other (a flat parameter vector, for charts and paths). */
    public static double[] flat(List<Tensor> tensors) {
        int length = 0;
        for (Tensor t : tensors) {
            length += t.values.length;
        }
        double[] all = new double[length];
        int at = 0;
        for (Tensor t : tensors) {
            System.arraycopy(t.values, 0, all, at, t.values.length);
            at += t.values.length;
        }
        return all;
    }

    /** Rows of a matrix one after the other. */
    public static double[] rows(double[][] matrix) {
        int width = matrix.length == 0 ? 0 : matrix[0].length;
        double[] all = new double[matrix.length * width];
        for (int i = 0; i < matrix.length; i++) {
            System.arraycopy(matrix[i], 0, all, i * width, width);
        }
        return all;
    }
}
