package nnbasics.dl4j.network;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;

import nnbasics.dl4j.runtime.Nd4jRuntime;

/**
 * A trained network kept the DL4J way: one zip written by {@link ModelSerializer}, which any DL4J program loads with
 * {@code MultiLayerNetwork.load(file, false)} and {@code ModelSerializer.restoreNormalizerFromFile(file)}.
 *
 * <pre>
 * the zip holds      configuration.json, coefficients.bin        the network (ModelSerializer.writeModel)
 *                    normalizer.bin                              ND4J's NormalizerStandardize, when standardised
 *                    objects/nnbasics-features, -classes        the column names, in input and output order
 * </pre>
 *
 * @param network    the network, its parameters as trained
 * @param normalizer the scaler its training features went through, or null for raw features
 * @param features   the feature columns, in input order
 * @param classes    the class names, in output order; for a regression the target's name
 */
public record SavedNetwork(MultiLayerNetwork network, NormalizerStandardize normalizer, List<String> features,
                           List<String> classes) {

    /** The key of the feature names inside the zip. */
    public static final String FEATURES_KEY = "nnbasics-features";
    /** The key of the class names inside the zip. */
    public static final String CLASSES_KEY = "nnbasics-classes";

    public SavedNetwork {
        features = List.copyOf(features);
        classes = List.copyOf(classes);
    }

    /**
     * Writes the zip to a temporary name beside {@code file}, then moves it into place: a reader never sees half a
     * model.
     *
     * @throws IOException if the folder cannot be written
     */
    public void write(Path file) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            File zip = temporary.toFile();
            ModelSerializer.writeModel(network, zip, false);
            if (normalizer != null) {
                // not writeModel(…, normalizer): in 1.0.0-M2.1 it closes the zip twice and throws "flush() failed:
                // stream is closed" (deeplearning4j issue 10154); adding it to the written zip is DL4J's other way
                ModelSerializer.addNormalizerToModel(zip, normalizer);
            }
            ModelSerializer.addObjectToFile(zip, FEATURES_KEY, new ArrayList<>(features));
            ModelSerializer.addObjectToFile(zip, CLASSES_KEY, new ArrayList<>(classes));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Reads a zip that {@link #write} wrote.
     *
     * @throws IOException if it is not such a zip (missing, truncated, or written by another program)
     */
    public static SavedNetwork read(Path file) throws IOException {
        Nd4jRuntime.configure();
        File zip = file.toFile();
        MultiLayerNetwork network;
        NormalizerStandardize normalizer;
        List<String> features;
        List<String> classes;
        try {
            network = MultiLayerNetwork.load(zip, false);
            normalizer = ModelSerializer.restoreNormalizerFromFile(zip);
            features = ModelSerializer.getObjectFromFile(zip, FEATURES_KEY);
            classes = ModelSerializer.getObjectFromFile(zip, CLASSES_KEY);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("not a network zip written by nnbasics (" + e.getClass().getSimpleName() + ")", e);
        }
        if (features == null || classes == null) {
            throw new IOException("not a network zip written by nnbasics (no feature or class names in it)");
        }
        return new SavedNetwork(network, normalizer, features, classes);
    }

    /**
     * p of each row: the features standardised by the saved normaliser (a copy; {@code features} is not changed),
     * then {@code network.output}; for a regression whose normaliser was fitted on the target too
     * ({@code fitLabel(true)}), the output mapped back to raw units by {@code revertLabels}.
     *
     * @param features raw features [rows, inputs], in the saved feature order
     * @return the scaled inputs the network saw, and p [rows, classes] (ŷ [rows, 1] in raw units)
     */
    public INDArray[] scaledAndProbabilities(INDArray features) {
        INDArray x = features.dup();
        if (normalizer != null) {
            normalizer.transform(x);                      // z_ij = (x_ij − μ_j) / σ_j, ND4J's own
        }
        INDArray out = network.output(x, false);
        if (normalizer != null && normalizer.isFitLabel()) {
            normalizer.revertLabels(out);                 // ŷ_raw = σ_y·ŷ + μ_y
        }
        return new INDArray[] {x, out};
    }
}
