package nnbasics.compare.updaters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nnbasics.handwritten.updaters.Adam;
import nnbasics.handwritten.updaters.TextbookAdam;
import nnbasics.handwritten.updaters.Updater;
import org.junit.jupiter.api.Test;

/**
 * How far DL4J's Adam (ε on √v) and the textbook Adam (ε on √v̂) go apart on a real run, through the hand classes:
 * softmax regression on iris (150 rows, 4 raw features, 3 classes, W and b from 0), full batch, 1,000 steps of
 * η 0.01, β₁ 0.9, β₂ 0.999, for ε = 1e-8 (the default) and ε = 1e-4. Prints the largest parameter difference and
 * the two final losses ({@code docs/derivations.md}, section 14, quotes them):
 * <pre>
 * mvn -B -o test -pl handwritten,dl4j,compare -am -Dtest=AdamFormsDriftTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The two forms differ only in the denominator: ε·√(1 − β₂ᵗ) where the textbook has ε, so each step's updates
 * differ by less than η·|m̂|·ε/(√v̂·(√v̂ + ε)), small while √v̂ ≫ ε. The test checks that the drift is not zero
 * (the forms differ) and below η·steps (a loose bound: each Adam update is of the order of η); the figures
 * themselves are measurements, quoted with this command.
 */
class AdamFormsDriftTest {

    private static final int STEPS = 1000;
    private static final double LR = 0.01;

    private static double[][] x;
    private static int[] label;

    private static void load() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "data", "iris.csv"));
        List<String> species = lines.stream().skip(1).map(l -> l.split(",")[4]).distinct().sorted().toList();
        x = new double[lines.size() - 1][4];
        label = new int[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            for (int j = 0; j < 4; j++) {
                x[i - 1][j] = Double.parseDouble(cells[j]);
            }
            label[i - 1] = species.indexOf(cells[4]);
        }
    }

    /** Softmax regression's mean cross-entropy and its gradient (docs/derivations.md, §9); θ = W [4][3] row-major, b. */
    private static double lossAndGradient(double[] theta, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        double loss = 0;
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double[] z = new double[3];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                z[k] = theta[12 + k];
                for (int j = 0; j < 4; j++) {
                    z[k] += x[i][j] * theta[j * 3 + k];
                }
                max = Math.max(max, z[k]);
            }
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                z[k] = Math.exp(z[k] - max);
                sum += z[k];
            }
            for (int k = 0; k < 3; k++) {
                double p = z[k] / sum;
                double delta = (p - (label[i] == k ? 1 : 0)) / n;      // (p − y)/B
                if (label[i] == k) {
                    loss -= Math.log(p) / n;
                }
                for (int j = 0; j < 4; j++) {
                    gradient[j * 3 + k] += x[i][j] * delta;
                }
                gradient[12 + k] += delta;
            }
        }
        return loss;
    }

    private static double[] run(Updater updater, double[] lossOut) {
        double[] theta = new double[15];
        double[] g = new double[15];
        for (int t = 0; t < STEPS; t++) {
            lossAndGradient(theta, g);
            updater.apply(theta, g);
        }
        lossOut[0] = lossAndGradient(theta, g);
        return theta;
    }

    @Test
    void dl4jsAdamAndTheTextbooksGoApartButStayClose() throws IOException {
        load();
        for (double eps : new double[] {1e-8, 1e-4}) {
            double[] lossDl4j = new double[1];
            double[] lossTextbook = new double[1];
            double[] a = run(new Adam(15, LR, 0.9, 0.999, eps), lossDl4j);
            double[] b = run(new TextbookAdam(15, LR, 0.9, 0.999, eps), lossTextbook);
            double drift = 0;
            double scale = 0;
            for (int i = 0; i < a.length; i++) {
                drift = Math.max(drift, Math.abs(a[i] - b[i]));
                scale = Math.max(scale, Math.abs(a[i]));
            }
            System.out.printf(Locale.ROOT, "iris, %d steps, eps %.0e: max |theta_DL4J - theta_textbook| = %.3e"
                    + " (largest |theta| %.3f); loss DL4J %.10f, textbook %.10f%n", STEPS, eps, drift, scale,
                    lossDl4j[0], lossTextbook[0]);
            assertTrue(drift > 0, "eps " + eps + ": the two Adams gave the same parameters");
            assertTrue(drift < LR * STEPS, "eps " + eps + ": the two Adams drifted further than η·steps: " + drift);
        }
    }
}
