package nnbasics.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.Tolerances;
import nnbasics.compare.mnist.MnistModel;
import nnbasics.compare.mnist.MnistResult;
import nnbasics.compare.mnist.MnistSchedule;
import nnbasics.compare.mnist.MnistSplits;
import nnbasics.compare.mnist.MnistTraining;
import nnbasics.compare.mnist.MnistTwins;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.mnist.EngineHistory;
import nnbasics.compare.model.SavedModel;
import nnbasics.compare.network.NetworkTensors;
import nnbasics.handwritten.updaters.Optimiser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nnbasics mnist}: softmax regression, or with {@code --hidden} a network, on the MNIST digits with both
 * engines, in lock-step: the flags and the order of the work; the text, JSON and pictures are written by
 * {@link MnistText}, {@link MnistJson} and {@link MnistPictures}.
 */
@Command(name = "mnist",
        header = "Softmax regression (or a network) on MNIST with both engines, from the same batches.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Train softmax regression  p = softmax(x·W + b)  on the 60,000 MNIST training images (784 pixels",
            "scaled to [0, 1], 10 digits) from W = 0, b = 0 by mini-batch SGD on the mean cross-entropy, as the",
            "TensorFlow tutorial the guide prepares for; print the test accuracy after each epoch.",
            "Each epoch visits the rows in an order shuffled from --seed; both engines get the same batches.",
            "With --engine both, the engines train in lock-step: at every update the hand-written engine also",
            "steps from DL4J's state and that step (batch loss, W, b) is compared with DL4J's (the step proof,",
            "which decides the exit code); the free-running engines are compared too (the trajectory).",
            "",
            "--hidden 128 trains a network instead: 784 -> 128 relu -> 10 softmax (--activation relu is the",
            "default here), from a start drawn from --init-seed (He uniform for relu's hidden layers, Xavier",
            "uniform otherwise and for the output layer, b = 0), the same numbers for both engines; every W",
            "and b is proven at every update. See docs/hidden-layers.md.",
            "",
            "--updater adam (momentum, rmsprop, adagrad), --l1, --l2 and --weight-decay change the step of either",
            "model; --dropout KEEP drops a network's hidden layers' inputs (both engines the same units); the",
            "updater's state is proven with W and b. See docs/commands.md.",
            "",
            "Pictures go into --out: loss and accuracy per epoch, the ten weight templates (with --hidden: the",
            "first 32 hidden units' weights as 28x28 images), the confusion matrix.",
            "The data comes from data/mnist/fetch.",
            ""},
        footer = {
            "",
            "Examples:",
            "  data/mnist/fetch && nnbasics mnist",
            "  nnbasics mnist --engine dl4j --float32 --epochs 10 --json",
            "  nnbasics mnist --hidden 128 --activation relu --epochs 10"})
public final class MnistCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", defaultValue = "data/mnist", paramLabel = "DIR",
            description = "Folder of the four IDX files (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--engine", defaultValue = "both", paramLabel = "hand|dl4j|both",
            converter = EngineConverter.class, description = "Which engine trains (default: ${DEFAULT-VALUE}).")
    private EngineChoice engine;

    @Option(names = "--epochs", defaultValue = "5", paramLabel = "N",
            description = "Passes over the training images (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Mixin
    private SgdOptions sgd;

    @Mixin
    private MnistModelOptions modelOptions;

    @Mixin
    private OptimiserOptions optimiserOptions;

    @Option(names = "--out", defaultValue = "out/mnist", paramLabel = "DIR",
            description = "Folder for the pictures (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--tolerance", paramLabel = "T",
            description = {"With both engines: exit with 3 when a step taken from the same state differs by more",
                "than T (the step proof, docs/twin-difference.md). Default: the documented bound,",
                "max(1e-12, 2n x 2^-53), n = batch + 785 + each hidden width + 1; max(9007, 2n) x 2^-24 with --float32;",
                "softmax regression with Adam: (1 - beta1)/epsilon x 4n x 2^-53 (docs/twin-difference.md)."})
    private Double tolerance;

    @Option(names = "--hold-trajectory", description = Verdict.HOLD_TRAJECTORY_HELP)
    private boolean holdTrajectory;

    @Option(names = "--save", paramLabel = "DIR",
            description = {"Keep the trained model in DIR (made if missing): dl4j-network.zip and hand-network.json;",
                "score a CSV of pixel0..pixel783 (0-255) with nnbasics predict --model DIR. Written only when the",
                "engines agree."})
    private Path save;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        HiddenActivation hiddenActivation = modelOptions.check();
        TwinCheck.tolerance(tolerance, Tolerances.STEP_SHORT_SUMS);   // checks --tolerance up-front
        if (epochs < 1) {
            throw new UserError("--epochs must be at least 1, got " + epochs);
        }
        sgd.check();
        if (save != null && java.nio.file.Files.exists(save) && !java.nio.file.Files.isDirectory(save)) {
            throw new UserError("--save " + save + ": is a file, expected a folder (made if missing)");
        }
        optimiserOptions.check();
        if (modelOptions.float32() && !optimiserOptions.isPlainSgd()) {
            throw new UserError("--float32 takes plain SGD: its step bound is derived for SGD (Adam carries float's "
                    + "rounding of a gradient that cancels to 0 with a gain of 1e7); drop --float32 or the --updater, "
                    + "--l1, --l2, --weight-decay flags");
        }
        if (modelOptions.hidden() == null && optimiserOptions.keep() < 1) {
            throw new UserError("--dropout needs --hidden: dropout drops a hidden layer's input, softmax regression "
                    + "has none");
        }
        MnistFiles.require(data);
        OutputFolder.prepare("--out", out);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        boolean rateGiven = spec.commandLine().getParseResult().hasMatchedOption("--lr");
        double rate = rateGiven || optimiserOptions.updater() == Optimiser.Kind.SGD ? sgd.lr()
                : optimiserOptions.defaultRate();                    // DL4J's default rate of the updater
        MnistModel model = modelOptions.model(hiddenActivation, rate);
        if (!optimiserOptions.isPlainSgd()) {
            model = model.withOptimiser(optimiserOptions.optimiser(rate));
        }
        MnistSplits splits = MnistFiles.load(data, engine, model.dl4jType(), sgd.batch());
        Console console = System.console();
        MnistTraining.Progress progress = console == null ? MnistTraining.Progress.NONE
                : (epoch, done, total) -> EpochBar.draw(stderr, epoch, done, total);
        if (!json) {
            stdout.print(MnistText.header(model, modelOptions, engine, epochs, sgd, splits.trainCount(),
                    splits.loadSeconds()));
            stdout.flush();
        }
        MnistSchedule schedule = new MnistSchedule(epochs, sgd.batch(), sgd.seed());
        MnistResult result = MnistTwins.of(splits, model, schedule).run(progress,
                summary -> {
                    if (console != null) {
                        stderr.print("\r" + " ".repeat(EpochBar.WIDTH + 40) + "\r");
                        stderr.flush();
                    }
                    if (!json) {
                        stdout.println(MnistText.epochLine(summary));
                        stdout.flush();
                    }
                });
        Verdict verdict = !result.compared() ? null : new Verdict(result.agreement(),
                TwinCheck.tolerance(tolerance, model.stepBound(sgd.batch())), model.trajectoryBound(), null,
                holdTrajectory);
        List<Path> pictures = MnistPictures.write(result, out);
        if (json) {
            stdout.println(MnistJson.of(result, model, modelOptions, hiddenActivation, engine, epochs, sgd,
                    splits.loadSeconds(), verdict));
        } else {
            stdout.print(MnistText.summary(result, epochs, modelOptions.float32(), pictures, verdict));
        }
        stdout.flush();
        int exit = verdict == null ? 0 : verdict.exitCode(spec.commandLine());
        if (save != null && exit == 0) {
            EngineHistory kept = result.engines().get(result.engines().size() - 1);   // DL4J's when it ran
            SavedModel.saveMnist(save, NetworkTensors.weights(kept.parameters()),
                    NetworkTensors.biases(kept.parameters()), model.hasHiddenLayers() ? hiddenActivation : null,
                    sgd.lr());
            stderr.println("nnbasics mnist: saved " + kept.name() + "'s " + model.architecture() + " in " + save
                    + " (" + SavedModel.DL4J_FILE + ", " + SavedModel.HAND_FILE + "); score a CSV of pixel0 … "
                    + "pixel783 with nnbasics predict --model " + save + " --data FILE.csv");
        }
        return exit;
    }
}
