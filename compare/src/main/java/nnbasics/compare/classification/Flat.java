package nnbasics.compare.classification;

/** The flat layout shared by the softmax engines: W row by row ([feature][class]), then b; probabilities row by row. */
final class Flat {

    private Flat() {
    }

    static double[] parameters(double[][] weights, double[] bias) {
        int k = bias.length;
        double[] all = new double[weights.length * k + k];
        for (int j = 0; j < weights.length; j++) {
            System.arraycopy(weights[j], 0, all, j * k, k);
        }
        System.arraycopy(bias, 0, all, weights.length * k, k);
        return all;
    }

    static double[] rows(double[][] matrix) {
        int width = matrix.length == 0 ? 0 : matrix[0].length;
        double[] all = new double[matrix.length * width];
        for (int i = 0; i < matrix.length; i++) {
            System.arraycopy(matrix[i], 0, all, i * width, width);
        }
        return all;
    }
}
