package nnbasics.handwritten.classification;

/** Copies and columns of row-major matrices, for the records of this package. */
final class Matrices {

    private Matrices() {
    }

    /** @return a deep copy of {@code matrix} */
    static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /** @return column {@code k} of {@code matrix} as a new array */
    static double[] column(double[][] matrix, int k) {
        double[] column = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            column[i] = matrix[i][k];
        }
        return column;
    }
}
