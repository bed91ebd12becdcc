package nnbasics.compare.model;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

import nnbasics.compare.network.HiddenActivation;
import nnbasics.dl4j.classification.LabelledCsv;
import nnbasics.dl4j.classification.SoftmaxModel;
import nnbasics.dl4j.network.Network;
import nnbasics.dl4j.network.SavedNetwork;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.data.NumericTable;
import nnbasics.handwritten.features.Standardizer;
import nnbasics.handwritten.network.OutputLayer;
import nnbasics.dl4j.regression.RegressionCsv;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;

/**
 * A model folder, as {@code --save DIR} writes it: one trained network, kept once per engine in that engine's own
 * format.
 *
 * <pre>
 * DIR/dl4j-network.zip     DL4J's ModelSerializer zip: the network, ND4J's normaliser, the column names
 * DIR/hand-network.json    the hand-written network's layers (the --init format), its standardiser, the names
 * </pre>
 *
 * <p>Both hold the same parameters: the network the DL4J engine trained, each of whose steps the hand-written engine
 * reproduced from the same state (the step proof), or the hand-written engine's when DL4J did not run. Each scaler
 * is its own engine's, fitted by that engine on its own reading of the training file, so the two files agree as two
 * correct engines do and {@code predict} proves it row by row.
 */
public final class SavedModel {

    /** The hand-written network's file in a model folder. */
    public static final String HAND_FILE = "hand-network.json";
    /** DL4J's zip in a model folder. */
    public static final String DL4J_FILE = "dl4j-network.zip";

    private SavedModel() {
    }

    /**
     * Writes both files into {@code folder} (created if missing; other files in it are left alone), each to a
     * temporary name first, then moved into place.
     *
     * @param trainFile   the training CSV, read again by each engine for its scaler
     * @param standardize whether the network was trained on standardised features
     * @param rate        η of the training, kept in DL4J's configuration
     * @param weights     the trained W of every layer, [nIn][nOut]
     * @param biases      the trained b of every layer
     * @throws ModelFileException if the folder cannot be made or written
     */
    public static void save(Path folder, Path trainFile, List<String> features, String label, List<String> classes,
                            boolean standardize, HiddenActivation activation, double rate, List<double[][]> weights,
                            List<double[]> biases) {
        makeFolder(folder);
        Standardizer standardizer = null;
        nnbasics.dl4j.features.Standardizer dl4jStandardizer = null;
        if (standardize) {
            ClassificationData raw = ClassificationData.from(Table.read(trainFile), features, label, classes);
            standardizer = Standardizer.fit(raw.features());                       // the hand-written engine's μ, σ
            DataSet rows = LabelledCsv.read(trainFile, features, label, classes);
            dl4jStandardizer = nnbasics.dl4j.features.Standardizer.fit(rows.getFeatures()); // ND4J's μ, σ
        }
        int[] hidden = new int[weights.size() - 1];
        for (int l = 0; l < hidden.length; l++) {
            hidden[l] = biases.get(l).length;
        }
        MultiLayerNetwork network;
        if (hidden.length == 0) {       // softmax regression on standardised features (the playground at 0 units)
            network = SoftmaxModel.build(features.size(), classes.size(), LossFunction.MCXENT, rate);
            SoftmaxModel.setParameters(network, weights.get(0), biases.get(0));
        } else {
            network = Network.build(features.size(), hidden, classes.size(), activation.dl4j(), rate);
            Network.setParameters(network, weights, biases);
        }
        write(folder, new HandNetworkFile(features, classes, hidden.length == 0 ? null : activation, standardizer,
                weights, biases),
                new SavedNetwork(network, dl4jStandardizer == null ? null : dl4jStandardizer.normalizer(), features,
                        classes));
    }

    /**
     * Softmax regression, kept in raw units (each engine mapped its own standardised model back, so no scaler is
     * needed): one layer, W [feature][class] and b, written as {@link #save} writes a network.
     *
     * @param weights [class][feature], as {@code classify} reports them
     * @param loss    DL4J's loss of the training, kept in its configuration (p does not depend on it)
     */
    public static void saveSoftmax(Path folder, List<String> features, List<String> classes, double[][] weights,
                                   double[] bias, LossFunction loss, double rate) {
        makeFolder(folder);
        double[][] w = new double[features.size()][classes.size()];
        for (int k = 0; k < classes.size(); k++) {
            for (int j = 0; j < features.size(); j++) {
                w[j][k] = weights[k][j];                          // [feature][class], DL4J's W [nIn, nOut]
            }
        }
        MultiLayerNetwork network = SoftmaxModel.build(features.size(), classes.size(), loss, rate);
        SoftmaxModel.setParameters(network, w, bias);
        write(folder, new HandNetworkFile(features, classes, null, null, List.<double[][]>of(w), List.of(bias)),
                new SavedNetwork(network, null, features, classes));
    }

    /**
     * A regression network ({@code fit --hidden}): identity output, LossMSE. With {@code standardize} each engine's
     * scaler covers the features and the target (hand: two {@link Standardizer}s; DL4J: one
     * {@code NormalizerStandardize} with {@code fitLabel(true)}), fitted on that engine's own reading of the first
     * {@code rows} rows of the training file, so that each predicts in raw units.
     *
     * @param weights the trained W of every layer, in the units the network trained in
     * @param biases  the trained b of every layer
     */
    public static void saveRegressionNetwork(Path folder, Path trainFile, List<String> features, String target,
                                             int rows, boolean standardize, HiddenActivation activation, double rate,
                                             List<double[][]> weights, List<double[]> biases) {
        makeFolder(folder);
        Standardizer x = null;
        Standardizer y = null;
        NormalizerStandardize normalizer = null;
        if (standardize) {
            List<String> columns = new java.util.ArrayList<>(features);
            columns.add(target);
            NumericTable table = NumericTable.read(trainFile, columns, bytes -> { });
            double[][] xs = new double[features.size()][];
            for (int j = 0; j < xs.length; j++) {
                xs[j] = java.util.Arrays.copyOf(table.numericColumn(features.get(j)), rows);
            }
            x = Standardizer.fitColumns(xs);                                            // the hand-written μ, σ
            y = Standardizer.fitColumns(new double[][] {java.util.Arrays.copyOf(table.numericColumn(target), rows)});
            RegressionCsv csv = RegressionCsv.read(trainFile, features, target, rows);
            normalizer = new NormalizerStandardize();
            normalizer.fitLabel(true);                                                  // ND4J's μ, σ, the target's too
            normalizer.fit(new org.nd4j.linalg.dataset.DataSet(csv.features(), csv.targets()));
        }
        int[] hidden = new int[weights.size() - 1];
        for (int l = 0; l < hidden.length; l++) {
            hidden[l] = biases.get(l).length;
        }
        MultiLayerNetwork network = Network.build(features.size(), hidden, 1, activation.dl4j(), LossFunction.MSE,
                rate);
        Network.setParameters(network, weights, biases);
        write(folder, new HandNetworkFile(features, List.of(target), activation, x, weights, biases,
                OutputLayer.IDENTITY_MSE, y), new SavedNetwork(network, normalizer, features, List.of(target)));
    }

    /**
     * A linear model ({@code fit}), kept in raw units (each engine mapped its own standardised model back): one
     * layer, W [feature][1] and b, identity output; DL4J's twin is {@code regression.LinearModel}'s network.
     *
     * @param weights w_j in raw units, one per feature
     * @param rate    the training's learning rate, kept in DL4J's configuration (ŷ does not depend on it)
     */
    public static void saveLinear(Path folder, List<String> features, String target, double[] weights, double bias,
                                  double rate) {
        makeFolder(folder);
        double[][] w = new double[features.size()][1];
        for (int j = 0; j < features.size(); j++) {
            w[j][0] = weights[j];                                   // [feature][1], DL4J's W [nIn, 1]
        }
        MultiLayerNetwork network = nnbasics.dl4j.regression.LinearModel.network(features.size(), rate, rate, true);
        new nnbasics.dl4j.regression.LinearModel(weights, bias).writeTo(network);
        write(folder, new HandNetworkFile(features, List.of(target), null, null, List.<double[][]>of(w),
                List.of(new double[] {bias}), OutputLayer.IDENTITY_MSE, null),
                new SavedNetwork(network, null, features, List.of(target)));
    }

    /** MNIST's image side: 28 × 28 pixels. */
    public static final int MNIST_PIXELS = 784;

    /**
     * An MNIST model ({@code mnist --save}): softmax regression (one layer) or a network, on pixels scaled to
     * [0, 1] as the training saw them. Kept with a scaler that does that scaling, z = (x − 0) / 255 (hand: a
     * {@link Standardizer} of means 0 and deviations 255; DL4J: a {@code NormalizerStandardize} of the same), so
     * that {@code predict} takes raw 0–255 pixels in columns {@code pixel0 … pixel783} (row-major, 28 per image
     * row; the layout of the usual MNIST CSVs) and classes {@code 0 … 9}.
     *
     * @param weights    W of every layer, [nIn][nOut], input side first
     * @param biases     b of every layer
     * @param activation f of the hidden layers, or null for softmax regression
     */
    public static void saveMnist(Path folder, List<double[][]> weights, List<double[]> biases,
                                 HiddenActivation activation, double rate) {
        makeFolder(folder);
        List<String> features = new java.util.ArrayList<>();
        for (int j = 0; j < MNIST_PIXELS; j++) {
            features.add("pixel" + j);
        }
        List<String> classes = new java.util.ArrayList<>();
        for (int k = 0; k < 10; k++) {
            classes.add(String.valueOf(k));
        }
        double[] zeros = new double[MNIST_PIXELS];
        double[] maxPixel = new double[MNIST_PIXELS];
        java.util.Arrays.fill(maxPixel, 255);                                   // x / 255: MnistData's scaling
        Standardizer hand = new Standardizer(zeros, maxPixel);
        NormalizerStandardize dl4j = new NormalizerStandardize(
                org.nd4j.linalg.factory.Nd4j.create(zeros, new long[] {1, MNIST_PIXELS},
                        org.nd4j.linalg.api.buffer.DataType.DOUBLE),
                org.nd4j.linalg.factory.Nd4j.create(maxPixel, new long[] {1, MNIST_PIXELS},
                        org.nd4j.linalg.api.buffer.DataType.DOUBLE));
        MultiLayerNetwork network;
        if (weights.size() == 1) {
            network = SoftmaxModel.build(MNIST_PIXELS, classes.size(), LossFunction.MCXENT, rate);
            SoftmaxModel.setParameters(network, weights.get(0), biases.get(0));
        } else {
            int[] hidden = new int[weights.size() - 1];
            for (int l = 0; l < hidden.length; l++) {
                hidden[l] = biases.get(l).length;
            }
            network = Network.build(MNIST_PIXELS, hidden, classes.size(), activation.dl4j(), rate);
            Network.setParameters(network, weights, biases);
        }
        write(folder, new HandNetworkFile(features, classes, activation, hand, weights, biases), new SavedNetwork(
                network, dl4j, features, classes));
    }

    private static void makeFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new ModelFileException("--save " + folder + ": is a file, expected a folder (made if missing)");
        } catch (IOException e) {
            throw new ModelFileException("--save " + folder + ": cannot make the folder (" + reason(e) + ")");
        }
    }

    private static void write(Path folder, HandNetworkFile hand, SavedNetwork dl4j) {
        try {
            hand.write(folder.resolve(HAND_FILE));
            dl4j.write(folder.resolve(DL4J_FILE));
        } catch (IOException e) {
            throw new ModelFileException("--save " + folder + ": cannot write the model (" + reason(e) + ")");
        }
    }

    /**
     * Reads DL4J's zip of a model folder.
     *
     * @throws ModelFileException one line naming the file and what was wrong
     */
    public static SavedNetwork readDl4j(Path folder) {
        Path zip = folder.resolve(DL4J_FILE);
        if (!Files.isRegularFile(zip)) {
            throw new ModelFileException(zip + ": missing (a model folder written by --save has it)");
        }
        try {
            return SavedNetwork.read(zip);
        } catch (IOException e) {
            throw new ModelFileException(zip + ": " + (e.getMessage() != null && e.getMessage().startsWith("not a")
                    ? e.getMessage() : "not a readable model zip (truncated?)"));
        }
    }

    /**
     * Reads the hand-written network of a model folder.
     *
     * @throws ModelFileException one line naming the file and what was wrong
     */
    public static HandNetworkFile readHand(Path folder) {
        return HandNetworkFile.read(folder.resolve(HAND_FILE));
    }

    /** Checks the folder before any work: it exists and is a folder. */
    public static void checkFolder(Path folder) {
        if (!Files.exists(folder)) {
            throw new ModelFileException("--model " + folder + ": no such folder (write one with --save)");
        }
        if (!Files.isDirectory(folder)) {
            throw new ModelFileException("--model " + folder + ": is a file, expected the folder --save wrote");
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? "an input/output error" : "the disk may be full or read-only";
    }
}
