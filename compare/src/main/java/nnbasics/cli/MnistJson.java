package nnbasics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.mnist.EngineHistory;
import nnbasics.compare.mnist.MnistModel;
import nnbasics.compare.mnist.MnistResult;
import nnbasics.compare.network.HiddenActivation;

/** What {@code nnbasics mnist --json} prints: the run's settings, per-epoch figures of each engine, the verdict. */
final class MnistJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MnistJson() {
    }

    /** One indented JSON object; {@code hiddenActivation} is null for softmax regression. */
    static String of(MnistResult result, MnistModel model, MnistModelOptions options,
                     HiddenActivation hiddenActivation, EngineChoice engine, int epochs, SgdOptions sgd,
                     Map<String, Double> loadSeconds, Verdict verdict) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("engine", engine.label());
        object.put("architecture", model.architecture());
        if (hiddenActivation != null) {
            object.put("hidden", options.hidden());
            object.put("activation", hiddenActivation.label());
            object.put("initSeed", options.initSeed());
        }
        object.put("epochs", epochs);
        object.put("batch", sgd.batch());
        object.put("learningRate", model.learningRate());
        if (!model.optimiser().isPlainSgd()) {
            object.put("optimiser", OptimiserOptions.json(model.optimiser()));
        }
        object.put("seed", sgd.seed());
        object.put("float32", options.float32());
        Map<String, Object> accuracy = new LinkedHashMap<>();
        Map<String, Object> seconds = new LinkedHashMap<>();
        Map<String, Object> loss = new LinkedHashMap<>();
        for (EngineHistory h : result.engines()) {
            accuracy.put(h.name(), h.testAccuracy());
            seconds.put(h.name(), h.secondsPerEpoch());
            loss.put(h.name(), h.trainLoss());
        }
        object.put("testAccuracy", accuracy);
        object.put("secondsPerEpoch", seconds);
        object.put("trainLoss", loss);
        object.put("loadSeconds", loadSeconds);
        if (verdict != null) {
            verdict.put(object);
            object.put("maxRelativeDifferencePerEpoch", result.stepProofPerEpoch());
            object.put("trajectoryPerEpoch", result.trajectoryPerEpoch());
        }
        return JSON.writeValueAsString(object);
    }
}
