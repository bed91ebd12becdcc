package nnbasics.explore;

import java.awt.Dimension;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import nnbasics.compare.classification.Loss;
import nnbasics.compare.classification.SoftmaxTwins;
import nnbasics.compare.regression.RegressionTwins;
import nnbasics.guide.GuideData;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;

/**
 * The {@code explore} window: the seven panels as tabs. The window opens at once; DL4J loads on a background thread
 * ({@link #loadDl4j}) and the step buttons wait for it.
 */
public final class ExploreWindow {

    /** The tab titles, in order (the command's {@code --panel} counts from 1). */
    public static final List<String> TITLES = List.of("1. Train your dragon", "2. Automation", "3. Two variables",
            "4. Softmax", "5. Shape explorer", "6. Classification", "7. Playground");

    private ExploreWindow() {
    }

    /** The seven panels as tabs, {@code selected} (0-based) in front, the playground on the houses. */
    public static JTabbedPane tabs(GuideData data, CompletableFuture<?> dl4jReady, int selected) {
        return tabs(data, PlaygroundModel.houses(data), dl4jReady, selected);
    }

    /**
     * The seven panels as tabs, {@code selected} (0-based) in front. Headless-safe: no window is made.
     *
     * @param playground the state of panel 7 (its data and network, maybe already stepped)
     */
    public static JTabbedPane tabs(GuideData data, PlaygroundModel playground, CompletableFuture<?> dl4jReady,
                                   int selected) {
        return tabs(data, playground, 0, dl4jReady, selected);
    }

    /**
     * The same, panel 7 taking {@code playgroundSteps} steps once DL4J has loaded.
     */
    public static JTabbedPane tabs(GuideData data, PlaygroundModel playground, int playgroundSteps,
                                   CompletableFuture<?> dl4jReady, int selected) {
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab(TITLES.get(0), new DragonView(new DragonModel(data)));
        tabs.addTab(TITLES.get(1), new AutomationView(new AutomationModel(data), dl4jReady));
        tabs.addTab(TITLES.get(2), new TwoVariablesView(new TwoVariablesModel(data), dl4jReady));
        tabs.addTab(TITLES.get(3), new SoftmaxView(new LogitsModel()));
        tabs.addTab(TITLES.get(4), new ShapeView(new ShapeModel()));
        tabs.addTab(TITLES.get(5), new ClassificationView(new ClassificationModel(data), dl4jReady));
        tabs.addTab(TITLES.get(6), new PlaygroundView(playground, PlaygroundData.houses(data), dl4jReady,
                playgroundSteps));
        tabs.setSelectedIndex(selected);
        return tabs;
    }

    /**
     * Loads ND4J and DataVec on a daemon thread by making and stepping a throwaway engine of each kind, so that the
     * first click costs no more than the next.
     */
    public static CompletableFuture<Void> loadDl4j(GuideData data) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                RegressionTwins.dl4jEngine(new RegressionData(new double[][] {{1}}, new double[] {1}),
                        LinearModel.zero(1), LearningRates.uniform(1, 0.1)).step();
                SoftmaxTwins.both(data.labelled(), GuideData.FEATURES, "label", true, Loss.CROSS_ENTROPY, 1.0)
                        .run(1, record -> { });
                ready.complete(null);
            } catch (Throwable e) { // a failed native load must not leave the buttons waiting silently
                ready.completeExceptionally(e);
            }
        }, "dl4j-loader");
        loader.setDaemon(true);
        loader.start();
        return ready;
    }

    /**
     * Opens the window on the event thread and starts loading DL4J once it shows.
     *
     * @param shown receives the epoch milliseconds at which the frame became visible
     * @return completes when DL4J has loaded and the step buttons are enabled
     */
    public static CompletableFuture<Void> open(GuideData data, int selected, LongConsumer shown) {
        return open(data, PlaygroundModel.houses(data), 0, selected, shown);
    }

    /**
     * The same with panel 7's state given.
     *
     * @param playground      the playground's model
     * @param playgroundSteps steps the playground takes once DL4J has loaded
     */
    public static CompletableFuture<Void> open(GuideData data, PlaygroundModel playground, int playgroundSteps,
                                               int selected, LongConsumer shown) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("nnbasics explore: the guide's dials, both engines live");
            frame.setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
            frame.setContentPane(tabs(data, playground, playgroundSteps, ready, selected));
            frame.setSize(new Dimension(1280, 820));
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
            shown.accept(System.currentTimeMillis());
            loadDl4j(data).whenComplete((ok, error) -> {
                if (error == null) {
                    ready.complete(null);
                } else {
                    ready.completeExceptionally(error);
                }
            });
        });
        return ready;
    }
}
