package nnbasics.cli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nnbasics.explore.ExploreWindow;
import nnbasics.explore.PlaygroundData;
import nnbasics.explore.PlaygroundDataException;
import nnbasics.explore.PlaygroundModel;
import nnbasics.explore.Snapshot;
import nnbasics.explore.UpdaterChoice;
import nnbasics.guide.GuideData;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.handwritten.updaters.Optimiser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nnbasics explore}: the guide's interactive panels in a desktop window, both engines live. */
@Command(name = "explore",
        header = "Open the guide's interactive panels in a desktop window.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Open a window with the guide's interactive panels: 1 train your dragon (weight and bias dials),",
            "2 automation (gradient-descent buttons, error log, visited grid), 3 two variables, 4 softmax,",
            "5 the network-shape explorer, 6 classification, 7 playground (hidden layers on the houses or your",
            "own CSV). Every gradient-descent step runs both engines; the sliders follow the hand-written one,",
            "DL4J's values and the largest difference are shown beside.",
            "Needs a display (on a server: xvfb-run), except with --snapshot. Runs until the window is closed.",
            ""},
        footer = {
            "",
            "Examples:",
            "  nnbasics explore --panel 7 --hidden 4 --activation tanh --lr 0.5",
            "  nnbasics explore --panel 7 --hidden 4 --updater adam --lr 0.01",
            "  nnbasics explore --panel 7 --csv data/iris.csv --features petal_length,petal_width --label species",
            "  nnbasics explore --panel 7 --hidden 4 --steps 300 --snapshot docs/explore-playground.png"})
public final class ExploreCommand implements Callable<Integer> {

    /** The size of the window, and of a snapshot. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 820;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "The folder with houses.csv and houses-labelled.csv (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--panel", defaultValue = "1", paramLabel = "N",
            description = "The panel shown first, 1 … 7 (default: ${DEFAULT-VALUE}).")
    private int panel;

    @Option(names = "--csv", paramLabel = "FILE.csv",
            description = "Panel 7: train on this labelled CSV instead of the houses (with --features and --label).")
    private Path csv;

    @Option(names = "--features", split = Columns.SPLIT, splitSynopsisLabel = ",", paramLabel = "A,B",
            description = "With --csv: the two numeric feature columns (x and y of the maps).")
    private List<String> features;

    @Option(names = "--label", paramLabel = "COLUMN", description = "With --csv: the column of class names.")
    private String label;

    @Option(names = "--hidden", split = Columns.SPLIT, splitSynopsisLabel = ",", converter = WidthConverter.class,
            paramLabel = "N[,N]",
            description = "Panel 7: the hidden layers' widths, 0 … 8 each, at most two; 0 = softmax regression "
                    + "(default: 4).")
    private List<Integer> hidden;

    @Option(names = "--activation", defaultValue = "tanh", paramLabel = "tanh|relu|sigmoid",
            description = "Panel 7: the hidden layers' activation (default: ${DEFAULT-VALUE}).")
    private String activation;

    @Option(names = "--updater", defaultValue = "sgd", paramLabel = "sgd|momentum|rmsprop|adagrad|adam",
            converter = OptimiserOptions.KindConverter.class,
            description = {"Panel 7: how the gradient becomes the step, as classify --updater, with DL4J's",
                "default hyper-parameters (default: ${DEFAULT-VALUE})."})
    private Optimiser.Kind updater;

    @Option(names = "--lr", paramLabel = "RATE",
            description = {"Panel 7: the learning rate (default: 0.5; with another --updater, DL4J's default",
                "rate of that updater: momentum, rmsprop, adagrad 0.1, adam 0.001)."})
    private Double rate;

    @Option(names = "--l2", paramLabel = "C", defaultValue = "0",
            description = "Panel 7: L2 on the weights, as classify --l2 (default: ${DEFAULT-VALUE}).")
    private double l2;

    @Option(names = "--dropout", paramLabel = "KEEP", defaultValue = "1",
            description = {"Panel 7: the probability to keep each hidden layer's input, in (0, 1], as classify",
                "--dropout (default: ${DEFAULT-VALUE}, no dropout)."})
    private double keep;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Panel 7: the seed of the start (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--steps", defaultValue = "0", paramLabel = "N",
            description = "Panel 7: steps taken at once (in the window: once DL4J has loaded).")
    private int steps;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = {"Paint the window headless into this PNG (" + WIDTH + " × " + HEIGHT + ") after the "
                    + "panel 7 flags", "and --steps, then exit; needs no display."})
    private Path snapshot;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (panel < 1 || panel > ExploreWindow.TITLES.size()) {
            throw new UserError("--panel must be 1 … " + ExploreWindow.TITLES.size() + ", was " + panel);
        }
        if (snapshot == null) {
            requireDisplay();
        }
        if (!Files.isRegularFile(data.resolve("houses.csv"))) {
            throw new UserError("--data " + data + ": no houses.csv there");
        }
        if (snapshot != null && Files.isDirectory(snapshot)) {
            throw new UserError("--snapshot " + snapshot + ": is a folder, expected a PNG file");
        }
        if (snapshot != null && (snapshot.toAbsolutePath().getParent() == null
                || !Files.isDirectory(snapshot.toAbsolutePath().getParent()))) {
            throw new UserError("--snapshot " + snapshot + ": no such folder " + snapshot.toAbsolutePath().getParent());
        }
        GuideData guideData = GuideData.load(data);
        PlaygroundModel playground = playground(guideData);
        if (snapshot != null) {
            return snapshot(guideData, playground);
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        PrintWriter err = spec.commandLine().getErr();
        ExploreWindow.open(guideData, playground, steps, panel - 1,
                        shownAt -> log(err, "window shown", shownAt - jvmStart))
                .whenComplete((ok, error) -> {
                    if (error == null) {
                        log(err, "DL4J loaded, step buttons enabled", System.currentTimeMillis() - jvmStart);
                    }
                });
        new CountDownLatch(1).await(); // the window's close button exits the JVM
        return 0;
    }

    /** Panel 7's model from the flags, every flag checked before any work. */
    private PlaygroundModel playground(GuideData guideData) {
        if (csv == null && (features != null || label != null)) {
            throw new UserError((features != null ? "--features" : "--label") + " needs --csv (the houses' columns "
                    + "are fixed)");
        }
        if (csv != null && (features == null || label == null)) {
            throw new UserError("--csv " + csv + " needs --features A,B and --label COLUMN");
        }
        List<Integer> widths = hidden == null ? List.of(4) : hidden;
        if (widths.size() > 2) {
            throw new UserError("--hidden: at most two hidden layers, got " + widths.size());
        }
        for (int width : widths) {
            if (width < 0 || width > PlaygroundModel.MAX_UNITS) {
                throw new UserError("--hidden: each layer has 0 … " + PlaygroundModel.MAX_UNITS + " units, got "
                        + width);
            }
        }
        if (widths.size() == 2 && widths.get(0) == 0 && widths.get(1) > 0) {
            throw new UserError("--hidden 0," + widths.get(1) + ": a second layer needs a first one");
        }
        HiddenActivation f = HiddenActivation.parse(activation);
        if (f == null || f == HiddenActivation.IDENTITY) {
            throw new UsageError("--activation " + activation + ": expected tanh, relu or sigmoid");
        }
        if (rate != null && (!(rate > 0) || Double.isInfinite(rate))) {
            throw new UserError("--lr must be a finite positive number, got " + rate);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new UserError("--l2 must be a finite number, 0 or more, got " + l2);
        }
        if (!(keep > 0 && keep <= 1)) {
            throw new UserError("--dropout must be in (0, 1], the probability to keep, got " + keep);
        }
        if (keep < 1 && widths.stream().allMatch(w -> w == 0)) {
            throw new UserError("--dropout needs a hidden layer: dropout drops a hidden layer's input, --hidden 0 is "
                    + "softmax regression and has none");
        }
        if (steps < 0) {
            throw new UserError("--steps must be 0 or more, got " + steps);
        }
        PlaygroundData playgroundData;
        try {
            playgroundData = csv == null ? PlaygroundData.houses(guideData) : PlaygroundData.csv(csv, features, label);
        } catch (PlaygroundDataException e) {
            throw new UserError(e.getMessage());
        }
        Optimiser recipe = (rate == null ? UpdaterChoice.of(updater)
                : UpdaterChoice.withRate(UpdaterChoice.of(updater), rate)).withL2(l2).withKeep(keep);
        return new PlaygroundModel(playgroundData, widths.stream().filter(w -> w > 0).toList(), f, recipe, seed);
    }

    private Integer snapshot(GuideData guideData, PlaygroundModel playground) throws IOException {
        if (steps > 0) {
            playground.step(steps);
        }
        var tabs = ExploreWindow.tabs(guideData, playground, CompletableFuture.completedFuture(null), panel - 1);
        BufferedImage image = Snapshot.paint(tabs, WIDTH, HEIGHT);
        try {
            Snapshot.write(image, snapshot);
        } catch (IOException e) {   // the disk filled up, or a folder appeared where the file goes
            throw new UserError("--snapshot " + snapshot + ": cannot write it (" + (Files.isDirectory(snapshot)
                    ? "a folder of that name is in the way, expected a file" : OutputFolder.reason(e)) + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + snapshot + " (panel " + panel + (panel == 7 ? ", " + playground.architecture()
                + (playground.recipe().isPlainSgd() ? "" : " · " + playground.recipe().describe())
                + ", " + playground.steps() + " steps, step proof " + playground.stepWorst().describe()
                + ", trajectory " + playground.worst().describe() : "") + ")");
        if (panel == 7) {
            if (playground.divergence() != null) {
                out.println("the playground stopped: " + playground.divergence());
            }
            out.println("the same run: " + playground.classifyCommand());
        }
        out.flush();
        return 0;
    }

    /**
     * One line instead of AWT's trace when there is no display: DISPLAY unset (Java is then headless), or DISPLAY
     * naming a server that does not answer (AWT throws an error the first time it connects, here rather than deep in
     * the window's startup).
     */
    private static void requireDisplay() {
        String advice = "the window needs one (set DISPLAY to a running X server, or run under xvfb-run), or use "
                + "--snapshot FILE.png";
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("no display: " + advice.replace(" to a running X server", ""));
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        } catch (AWTError | HeadlessException e) {
            throw new UserError("no display: cannot connect to DISPLAY " + Values.shown(String.valueOf(System.getenv("DISPLAY")))
                    + "; " + advice);
        }
    }

    private static synchronized void log(PrintWriter err, String what, long millis) {
        err.printf("nnbasics explore: %s %d ms after the JVM started%n", what, millis);
        err.flush();
    }
}
