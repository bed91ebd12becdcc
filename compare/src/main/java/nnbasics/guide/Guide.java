package nnbasics.guide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        Pictures pictures = new Pictures(out);
        RegressionPages regression = new RegressionPages(data, pictures);
        ClassificationPages classification = new ClassificationPages(pictures);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "nnbasics-guide");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<TwinRun> automation = pool.submit(() ->
                    RegressionSections.automation(data, RegressionSections.WIDGET_STEPS));
            Future<TwinRun> twoVariables = pool.submit(() ->
                    RegressionSections.twoVariables(data, RegressionSections.WIDGET_STEPS));
            Future<TwinRun> standardised = pool.submit(() ->
                    RegressionSections.standardised(data, RegressionSections.STANDARDISED_STEPS));
            Future<ClassificationSections.Classifier> crossEntropy = pool.submit(() ->
                    ClassificationSections.classifier(data, ClassificationSections.CLASSIFIER_STEPS));
            Future<ClassificationSections.Classifier> notebook = pool.submit(() ->
                    ClassificationSections.notebook(data, ClassificationSections.NOTEBOOK_STEPS));
            List<Future<HiddenLayerSections.HiddenRun>> networks = new ArrayList<>();
            for (int hidden : HiddenLayerSections.SWEEP) {
                networks.add(pool.submit(() -> HiddenLayerSections.network(data, hidden, HiddenLayerSections.STEPS)));
            }

            List<Section> sections = new ArrayList<>();
            Consumer<Callable<Section>> add = page -> {
                Section section = await(page);
                sections.add(section);
                printed.accept(section);
            };
            add.accept(regression::oneWeight);
            add.accept(regression::errorTable);
            add.accept(regression::weightAndBias);
            add.accept(() -> regression.automation(automation.get()));
            add.accept(() -> regression.twoVariables(twoVariables.get()));
            add.accept(() -> regression.features(standardised.get()));
            add.accept(classification::softmax);
            add.accept(() -> classification.classifier(crossEntropy.get()));
            add.accept(() -> classification.notebook(notebook.get(), crossEntropy.get()));
            add.accept(new ActivationsPage(pictures)::section);
            add.accept(new SoftmaxSigmoidPage(pictures)::section);
            add.accept(() -> new HiddenNetworkPage(pictures).section(
                    networks.get(HiddenLayerSections.SWEEP.indexOf(HiddenLayerSections.HIDDEN_UNITS)).get()));
            add.accept(() -> {
                List<HiddenLayerSections.HiddenRun> runs = new ArrayList<>();
                for (Future<HiddenLayerSections.HiddenRun> run : networks) {
                    runs.add(run.get());
                }
                return new HiddenSweepPage(pictures).section(runs);
            });
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
