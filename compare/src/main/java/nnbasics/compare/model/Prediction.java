package nnbasics.compare.model;

import java.nio.file.Path;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

import nnbasics.compare.EngineChoice;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.dl4j.data.NumericCsv;
import nnbasics.dl4j.network.SavedNetwork;
import nnbasics.handwritten.data.NumericTable;

/**
 * Scores the rows of a CSV with a saved model, by one engine or both, and with both proves that they agree.
 *
 * <p>Each engine reads its own file of the model folder, reads the CSV with its own reader, scales with its own
 * scaler and runs its own forward pass. The two can differ by (1) the rounding of one forward pass, bounded as the
 * step proof bounds a step, {@code Tolerances.step(n)}, n = the terms of the pass's chain of sums; and (2) their
 * scaled inputs z, whose difference Δz each engine's scaler computed (two means and deviations of the same column,
 * each within rounding of the exact ones) and which the network carries to p no further than its Lipschitz
 * constant L in the max-norm:
 *
 * <pre>
 *   |Δp|∞ ≤ Tolerances.step(n) + L·|Δz|∞,    L = ½ · Π_l  c(f) · ‖W_l‖₁
 *   ‖W‖₁ = max_k Σ_j |W_jk|      a layer a·W + b moves each output by at most ‖W‖₁·|Δa|∞
 *   c(f) = 1 (identity, tanh, ReLU), ¼ (sigmoid)       the largest slope of the hidden activation
 *   ½    the softmax: Δp_k = p_k (Δz_k − Σ_m p_m Δz_m), |Δp_k| ≤ 2 p_k (1 − p_k) |Δz|∞ ≤ ½ |Δz|∞
 * </pre>
 *
 * Δz is measured on each row from the two engines' own scaled inputs, so the bound follows the data's conditioning
 * (a feature far from its mean in units of its deviation) and is 0 for raw features.
 *
 * <p>A regression (a linear model, or a network with an identity output) predicts ŷ_raw = σ_y·ŷ + μ_y, σ_y and μ_y
 * the target's scaler (1 and 0 without one). Its output layer is the identity, which passes Δz_L on unchanged: the
 * Lipschitz constant has no softmax ½, and for a linear model it is ‖w‖₁ = Σ_j |w_j|. Each engine computes ŷ from
 * its own σ_y, μ_y; with ŷ the hand-written engine's output in the network's units:
 *
 * <pre>
 *   |Δŷ_raw| ≤ Tolerances.step(n)·(σ_y·max(1, |ŷ|) + |μ_y|)       the pass and the map back, each rounded
 *            + σ_y·L·|Δz|∞,   L = Π_l c(f)·‖W_l‖₁                  the scaled inputs' difference, carried
 *            + |Δσ_y|·|ŷ| + |Δμ_y|                                  the two target scalers' difference
 * </pre>
 *
 * The pass's rounding is taken relative to max(1, |ŷ|), the size of its last sum: the floor 1e−12 of
 * {@code Tolerances.step} is four orders above n·u, so it still holds where that sum cancels terms up to 10⁴ times
 * its size.
 *
 * @param features     the model's feature columns
 * @param classes      the model's classes, in output order
 * @param architecture e.g. {@code 2 → 8 tanh → 2 softmax}
 * @param hand         p by the hand-written engine, [row][class], or null
 * @param dl4j         p by DL4J, [row][class], or null
 * @param difference   with both: the largest |Δp| over the rows; otherwise 0
 * @param row          with both: the row (0-based) of the largest |Δp| relative to its bound
 * @param bound        with both: the bound on that row
 * @param agree        true unless some row's |Δp| exceeds its bound
 * @param regression   true for a regression: {@code hand} and {@code dl4j} hold ŷ [row][1] in raw units, and
 *                     {@code classes} the target's name
 */
public record Prediction(List<String> features, List<String> classes, String architecture, double[][] hand,
                         double[][] dl4j, double difference, int row, double bound, boolean agree,
                         boolean regression) {

    /** p of the engine that ran (DL4J's when both did: the network the zip holds). */
    public double[][] probabilities() {
        return dl4j != null ? dl4j : hand;
    }

    /**
     * @param folder a model folder written by {@code --save}
     * @param data   a CSV with (at least) the model's feature columns
     * @param engine which engines score
     * @throws ModelFileException, or the readers' one-line errors, for a bad folder or CSV
     */
    public static Prediction of(Path folder, Path data, EngineChoice engine) {
        SavedModel.checkFolder(folder);
        HandNetworkFile handFile = engine.runsHand() ? SavedModel.readHand(folder) : null;
        SavedNetwork dl4jFile = engine.runsDl4j() ? SavedModel.readDl4j(folder) : null;
        if (handFile != null && dl4jFile != null && (!handFile.features().equals(dl4jFile.features())
                || !handFile.classes().equals(dl4jFile.classes()))) {
            throw new ModelFileException(folder + ": " + SavedModel.HAND_FILE + " and " + SavedModel.DL4J_FILE
                    + " name different features or classes (" + handFile.features() + " → " + handFile.classes()
                    + " against " + dl4jFile.features() + " → " + dl4jFile.classes() + "); save them again together");
        }
        List<String> features = handFile != null ? handFile.features() : dl4jFile.features();
        List<String> classes = handFile != null ? handFile.classes() : dl4jFile.classes();

        boolean regression = handFile != null ? handFile.isRegression() : isMse(dl4jFile);
        if (handFile != null && dl4jFile != null && regression != isMse(dl4jFile)) {
            throw new ModelFileException(folder + ": " + SavedModel.HAND_FILE + " and " + SavedModel.DL4J_FILE
                    + " hold different kinds of model (one a classifier, one a regression); save them again together");
        }
        double[][] handZ = null;
        double[][] handP = null;
        double[][] handNet = null;
        if (handFile != null) {
            NumericTable table = NumericTable.read(data, features, bytes -> { });
            double[][] columns = table.numericColumns(features);           // [feature][row], the CSV library's
            double[][] x = new double[table.rowCount()][features.size()];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < features.size(); j++) {
                    x[i][j] = columns[j][i];
                }
            }
            handZ = handFile.standardizer() == null ? x : handFile.standardizer().transform(x);
            handP = handFile.probabilities(handZ);
            if (regression) {
                handNet = handP;                                            // ŷ in the network's units
                double[] raw = handFile.predictions(handZ);                 // σ_y·ŷ + μ_y
                handP = new double[raw.length][];
                for (int i = 0; i < raw.length; i++) {
                    handP[i] = new double[] {raw[i]};
                }
            }
        }
        double[][] dl4jZ = null;
        double[][] dl4jP = null;
        if (dl4jFile != null) {
            INDArray x = NumericCsv.read(data, List.of(features), null, bytes -> { }).get(0);  // DataVec's
            INDArray[] scaledAndP = dl4jFile.scaledAndProbabilities(x);
            dl4jZ = scaledAndP[0].toDoubleMatrix();
            dl4jP = scaledAndP[1].toDoubleMatrix();
        }
        String architecture = handFile != null ? handFile.architecture()
                : nnbasics.dl4j.network.Network.architecture(dl4jFile.network());
        if (handP == null || dl4jP == null) {
            return new Prediction(features, classes, architecture, handP, dl4jP, 0, -1, 0, true, regression);
        }
        double lipschitz = lipschitz(handFile);
        double rounding = Tolerances.step(NetworkTwins.sumTerms(1, sizes(handFile)));
        if (regression) {
            return regression(features, classes, architecture, handFile, dl4jFile, handZ, handNet, handP, dl4jZ,
                    dl4jP, lipschitz, rounding);
        }
        double worst = 0;
        double worstRatio = -1;
        int worstRow = -1;
        double worstBound = rounding;
        boolean agree = true;
        for (int i = 0; i < handP.length; i++) {
            double dz = 0;
            for (int j = 0; j < features.size(); j++) {
                dz = Math.max(dz, Math.abs(handZ[i][j] - dl4jZ[i][j]));      // |Δz|∞ of row i
            }
            double dp = 0;
            for (int k = 0; k < classes.size(); k++) {
                double d = Math.abs(handP[i][k] - dl4jP[i][k]);
                dp = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(dp, d);   // |Δp|∞ of row i
            }
            double bound = rounding + lipschitz * dz;
            agree &= dp <= bound;
            worst = Math.max(worst, dp);
            if (dp / bound > worstRatio) {
                worstRatio = dp / bound;
                worstRow = i;
                worstBound = bound;
            }
        }
        return new Prediction(features, classes, architecture, handP, dl4jP, worst, worstRow, worstBound, agree,
                false);
    }

    private static boolean isMse(SavedNetwork file) {
        return file.network().getOutputLayer().conf().getLayer() instanceof
                org.deeplearning4j.nn.conf.layers.BaseOutputLayer out
                && out.getLossFn() instanceof org.nd4j.linalg.lossfunctions.impl.LossMSE;
    }

    /** The regression's bound, row by row (the class javadoc). */
    private static Prediction regression(List<String> features, List<String> classes, String architecture,
                                         HandNetworkFile handFile, SavedNetwork dl4jFile, double[][] handZ,
                                         double[][] handNet, double[][] handY, double[][] dl4jZ, double[][] dl4jY,
                                         double lipschitz, double rounding) {
        double sigma = handFile.target() == null ? 1 : handFile.target().standardDeviations()[0];
        double mu = handFile.target() == null ? 0 : handFile.target().means()[0];
        double dSigma = 0;
        double dMu = 0;
        var normalizer = dl4jFile.normalizer();
        if (handFile.target() != null && normalizer != null && normalizer.isFitLabel()) {
            dSigma = Math.abs(sigma - normalizer.getLabelStd().getDouble(0));    // |Δσ_y|
            dMu = Math.abs(mu - normalizer.getLabelMean().getDouble(0));         // |Δμ_y|
        } else if ((handFile.target() != null) != (normalizer != null && normalizer.isFitLabel())) {
            dSigma = Double.POSITIVE_INFINITY;   // one engine scales the target and the other not: they cannot agree
        }
        double worst = 0;
        double worstRatio = -1;
        int worstRow = -1;
        double worstBound = rounding;
        boolean agree = true;
        for (int i = 0; i < handY.length; i++) {
            double dz = 0;
            for (int j = 0; j < features.size(); j++) {
                dz = Math.max(dz, Math.abs(handZ[i][j] - dl4jZ[i][j]));      // |Δz|∞ of row i
            }
            double y = Math.abs(handNet[i][0]);                              // |ŷ|, the network's units
            double bound = rounding * (sigma * Math.max(1, y) + Math.abs(mu)) + sigma * lipschitz * dz
                    + dSigma * y + dMu;
            double d = Math.abs(handY[i][0] - dl4jY[i][0]);
            double dy = Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;      // |Δŷ_raw| of row i
            agree &= dy <= bound;
            worst = Math.max(worst, dy);
            if (dy / bound > worstRatio) {
                worstRatio = dy / bound;
                worstRow = i;
                worstBound = bound;
            }
        }
        return new Prediction(features, classes, architecture, handY, dl4jY, worst, worstRow, worstBound, agree,
                true);
    }

    /**
     * L = ½ · Π_l c(f_l) · ‖W_l‖₁ for softmax, L = Π_l c(f_l) · ‖W_l‖₁ for the identity output (no softmax to halve
     * it): c = 1 for the output layer's z, the hidden activation's slope otherwise.
     */
    static double lipschitz(HandNetworkFile model) {
        double slope = model.activation() == HiddenActivation.SIGMOID ? 0.25 : 1.0;   // unused for one layer
        double l = model.isRegression() ? 1.0 : 0.5;
        List<double[][]> weights = model.weights();
        for (int layer = 0; layer < weights.size(); layer++) {
            double[][] w = weights.get(layer);
            double norm = 0;
            for (int k = 0; k < w[0].length; k++) {
                double column = 0;
                for (double[] row : w) {
                    column += Math.abs(row[k]);
                }
                norm = Math.max(norm, column);
            }
            l *= norm * (layer + 1 < weights.size() ? slope : 1.0);
        }
        return l;
    }

    private static int[] sizes(HandNetworkFile model) {
        int[] sizes = new int[model.weights().size() + 1];
        sizes[0] = model.features().size();
        for (int l = 0; l < model.biases().size(); l++) {
            sizes[l + 1] = model.biases().get(l).length;
        }
        return sizes;
    }
}
