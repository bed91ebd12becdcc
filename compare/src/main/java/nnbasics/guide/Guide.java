package nnbasics.guide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Walks through the guide in order with both engines: each section's numbers, console text, pictures (written into
 * the output folder) and twin difference.
 *
 * <p>The lock-step runs (five for sections 4–8, six networks for section 10) are independent of each other, so they run on a small pool while the pictures of the
 * earlier sections are drawn; each run is deterministic on its own, so the results do not depend on the threads.
 */
public final class Guide {

    /** The machine this is made for has 2 cores. */
    private static final int THREADS = 2;

    private Guide() {
    }

    /**
     * Runs every section.
     *
     * @param data    the guide's data
     * @param out     the folder for pictures (must exist)
     * @param printed receives each section as soon as it is done, in order, for the console
     * @return the sections in order
     */
    public static List<Section> run(GuideData data, Path out, Consumer<Section> printed) {
        return run(data, out, printed, Timings.off(), Progress.Listener.NONE);
    }

    /** The lock-step updates of all the guide's runs together: what a progress line counts to. */
    public static int totalSteps() {
        return 2 * RegressionSections.WIDGET_STEPS + RegressionSections.STANDARDISED_STEPS
                + ClassificationSections.CLASSIFIER_STEPS + ClassificationSections.NOTEBOOK_STEPS
                + HiddenLayerSections.SWEEP.size() * HiddenLayerSections.STEPS
                + (UpdaterSections.UPDATERS.size() + 1) * UpdaterSections.STEPS;
    }

    /**
     * {@link #run(GuideData, Path, Consumer)}, timing each run and page into {@code timings} when it measures, and
     * telling {@code listener} after every lock-step update of any run how many of {@link #totalSteps()} are done.
     */
    public static List<Section> run(GuideData data, Path out, Consumer<Section> printed, Timings timings,
                                    Progress.Listener listener) {
        Progress progress = new Progress(totalSteps(), listener);
        Pictures pictures = new Pictures(out);
        RegressionPages regression = new RegressionPages(data, pictures);
        ClassificationPages classification = new ClassificationPages(pictures);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "nnbasics-guide");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<TwinRun> automation = pool.submit(timings.timed("run 4", () ->
                    RegressionSections.automation(data, RegressionSections.WIDGET_STEPS, progress)));
            Future<TwinRun> twoVariables = pool.submit(timings.timed("run 5", () ->
                    RegressionSections.twoVariables(data, RegressionSections.WIDGET_STEPS, progress)));
            Future<TwinRun> standardised = pool.submit(timings.timed("run 6", () ->
                    RegressionSections.standardised(data, RegressionSections.STANDARDISED_STEPS, progress)));
            Future<ClassificationSections.Classifier> crossEntropy = pool.submit(timings.timed("run 7.2", () ->
                    ClassificationSections.classifier(data, ClassificationSections.CLASSIFIER_STEPS, progress)));
            Future<ClassificationSections.Classifier> notebook = pool.submit(timings.timed("run 8", () ->
                    ClassificationSections.notebook(data, ClassificationSections.NOTEBOOK_STEPS, progress)));
            List<Future<HiddenLayerSections.HiddenRun>> networks = new ArrayList<>();
            for (int hidden : HiddenLayerSections.SWEEP) {
                networks.add(pool.submit(timings.timed("run 10.4, " + hidden + " hidden units", () ->
                        HiddenLayerSections.network(data, hidden, HiddenLayerSections.STEPS, progress))));
            }
            Future<UpdaterSections.Runs> updaters = pool.submit(timings.timed("run 11", () ->
                    UpdaterSections.runs(data, progress)));

            List<Section> sections = new ArrayList<>();
            BiConsumer<String, Callable<Section>> add = (name, page) -> {
                Section section = await(timings.timed("page " + name + " (wall: with waiting)", page));
                sections.add(section);
                printed.accept(section);
            };
            add.accept("1", regression::oneWeight);
            add.accept("2", regression::errorTable);
            add.accept("3", regression::weightAndBias);
            add.accept("4", () -> regression.automation(automation.get()));
            add.accept("5", () -> regression.twoVariables(twoVariables.get()));
            add.accept("6", () -> regression.features(standardised.get()));
            add.accept("7.1", classification::softmax);
            add.accept("7.2", () -> classification.classifier(crossEntropy.get()));
            add.accept("8", () -> classification.notebook(notebook.get(), crossEntropy.get()));
            add.accept("10.1", new ActivationsPage(pictures)::section);
            add.accept("10.2", new SoftmaxSigmoidPage(pictures)::section);
            add.accept("10.3", () -> new HiddenNetworkPage(pictures).section(
                    networks.get(HiddenLayerSections.SWEEP.indexOf(HiddenLayerSections.HIDDEN_UNITS)).get()));
            add.accept("10.4", () -> {
                List<HiddenLayerSections.HiddenRun> runs = new ArrayList<>();
                for (Future<HiddenLayerSections.HiddenRun> run : networks) {
                    runs.add(run.get());
                }
                return new HiddenSweepPage(pictures).section(runs);
            });
            add.accept("11", () -> new StepTakenPage(pictures).section(updaters.get()));
            return sections;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs a page, unwrapping a failure of the run it waited for. */
    private static Section await(Callable<Section> page) {
        try {
            return page.call();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
