package nnbasics.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nnbasics.compare.explore.ExploreWindow;
import nnbasics.compare.guide.GuideData;
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
            "5 the network-shape explorer, 6 classification. Every gradient-descent step runs both engines;",
            "the sliders follow the hand-written one, DL4J's values and the largest difference are shown beside.",
            "Needs a display (on a server: xvfb-run). Runs until the window is closed.",
            ""})
public final class ExploreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "The folder with houses.csv and houses-labelled.csv (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--panel", defaultValue = "1", paramLabel = "N",
            description = "The panel shown first, 1 … 6 (default: ${DEFAULT-VALUE}).")
    private int panel;

    @Override
    public Integer call() throws InterruptedException {
        if (panel < 1 || panel > ExploreWindow.TITLES.size()) {
            throw new UserError("--panel must be 1 … " + ExploreWindow.TITLES.size() + ", was " + panel);
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("no display: the window needs one (set DISPLAY, or run under xvfb-run)");
        }
        if (!Files.isRegularFile(data.resolve("houses.csv"))) {
            throw new UserError("--data " + data + ": no houses.csv there");
        }
        GuideData guideData = GuideData.load(data);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        PrintWriter err = spec.commandLine().getErr();
        ExploreWindow.open(guideData, panel - 1, shownAt -> log(err, "window shown", shownAt - jvmStart))
                .whenComplete((ok, error) -> {
                    if (error == null) {
                        log(err, "DL4J loaded, step buttons enabled", System.currentTimeMillis() - jvmStart);
                    }
                });
        new CountDownLatch(1).await(); // the window's close button exits the JVM
        return 0;
    }

    private static synchronized void log(PrintWriter err, String what, long millis) {
        err.printf("nnbasics explore: %s %d ms after the JVM started%n", what, millis);
        err.flush();
    }
}
