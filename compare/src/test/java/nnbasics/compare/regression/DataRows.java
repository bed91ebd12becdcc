package nnbasics.compare.regression;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import nnbasics.compare.TestData;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.NormalEquations;
import nnbasics.handwritten.regression.RegressionData;

/**
 * The rows of one of the project's data files, read here with {@link Double#parseDouble} (neither engine's
 * reader), for checks of least-squares solutions θ = [w_1 … w_n, b] against them.
 *
 * @param x [row][feature], the columns other than the target in the file's order
 * @param y the target
 */
public record DataRows(double[][] x, double[] y) {

    public static DataRows of(String file, String target) throws IOException {
        List<String> lines = Files.readAllLines(TestData.file(file));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int t = header.indexOf(target);
        if (t < 0) {
            throw new IllegalArgumentException(file + " has no column " + target);
        }
        double[][] x = new double[lines.size() - 1][header.size() - 1];
        double[] y = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            for (int j = 0, k = 0; j < cells.length; j++) {
                if (j == t) {
                    y[i - 1] = Double.parseDouble(cells[j]);
                } else {
                    x[i - 1][k++] = Double.parseDouble(cells[j]);
                }
            }
        }
        return new DataRows(x, y);
    }

    /** β(θ) of {@link BackwardError} on these rows. */
    public double beta(double[] theta) {
        return BackwardError.of(x, y, Arrays.copyOf(theta, theta.length - 1), theta[theta.length - 1]);
    }

    /**
     * The distance of two solutions in the units the conditioning speaks of: with S = diag(‖a_j‖), a_j the columns
     * of A = [X | 1], ‖S(θ − φ)‖₂ / (‖Sφ‖₁ + ‖y‖₂) ({@code docs/closed-forms.md}: at most κ(M')·√p·(β(θ) + β(φ))
     * to first order, M' the normal equations with every column of A at unit length).
     */
    public double scaledDistance(double[] theta, double[] reference) {
        int p = theta.length;
        double difference = 0;
        double size = norm(y);
        for (int j = 0; j < p; j++) {
            double length = columnLength(j);
            difference += Math.pow(length * (theta[j] - reference[j]), 2);
            size += length * Math.abs(reference[j]);
        }
        return Math.sqrt(difference) / size;
    }

    private double columnLength(int j) {
        double sum = 0;
        for (double[] row : x) {
            double value = j < row.length ? row[j] : 1;                     // the bias's column of ones
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    private static double norm(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    /** X rounded to float, y as it is. */
    public DataRows xAsFloat() {
        double[][] rounded = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rounded[i] = asFloat(x[i]);
        }
        return new DataRows(rounded, y);
    }

    /** The least-squares θ of these rows by the hand-written solver: a tool here; its β is what is tested. */
    public double[] solved() {
        LinearModel model = NormalEquations.solve(new RegressionData(x, y));
        double[] theta = Arrays.copyOf(model.weights(), x[0].length + 1);
        theta[x[0].length] = model.bias();
        return theta;
    }

    /** Every value rounded to float and back: {@code (double) (float) v}. */
    public static double[] asFloat(double[] values) {
        double[] rounded = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            rounded[j] = (float) values[j];
        }
        return rounded;
    }
}
