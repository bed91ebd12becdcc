package nnbasics.dl4j.classification;

/** Plain-Java softmax regression for the tests: the reference the DL4J network is compared with. */
final class Plain {

    private Plain() {
    }

    /** p_k = exp(z_k − max z) / Σ_m exp(z_m − max z) */
    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** z_k = Σ_j x_j W_jk + b_k */
    static double[] logits(double[] x, double[][] w, double[] b) {
        double[] z = b.clone();
        for (int j = 0; j < x.length; j++) {
            for (int k = 0; k < z.length; k++) {
                z[k] += x[j] * w[j][k];
            }
        }
        return z;
    }

    /** p_i = softmax(x_i W + b) for every row */
    static double[][] probabilities(double[][] x, double[][] w, double[] b) {
        double[][] p = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            p[i] = softmax(logits(x[i], w, b));
        }
        return p;
    }

    /** max |a − b| over all entries divided by max |b|: the error relative to the size of the reference */
    static double relativeDifference(double[][] a, double[][] b) {
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b[i].length; j++) {
                diff = Math.max(diff, Math.abs(a[i][j] - b[i][j]));
                scale = Math.max(scale, Math.abs(b[i][j]));
            }
        }
        return scale == 0 ? diff : diff / scale;
    }

    static double relativeDifference(double[] a, double[] b) {
        return relativeDifference(new double[][] {a}, new double[][] {b});
    }

    static double relativeDifference(double a, double b) {
        return relativeDifference(new double[] {a}, new double[] {b});
    }
}
