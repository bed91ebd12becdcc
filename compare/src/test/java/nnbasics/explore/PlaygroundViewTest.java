package nnbasics.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nnbasics.compare.TestData;
import nnbasics.charts.ChartStyle;
import nnbasics.guide.GuideData;
import nnbasics.compare.network.HiddenActivation;
import org.junit.jupiter.api.Test;

/** Panel 7 built without a window, laid out and painted into an image, before and after steps. */
class PlaygroundViewTest {

    /** The step proof's documented floor, max(1e−12, 2n·2⁻⁵³) for the houses' n = 10 (docs/twin-difference.md). */
    private static final double STEP_PROOF_BOUND = 1e-12;

    private final GuideData data = GuideData.load(TestData.dir());
    private final PlaygroundData houses = PlaygroundData.houses(data);
    private final CompletableFuture<Void> ready = CompletableFuture.completedFuture(null);

    @Test
    void paintsTheBoundaryAndOneMapPerHiddenUnit() {
        PlaygroundModel model = new PlaygroundModel(houses, List.of(4), HiddenActivation.TANH, 0.5, 1);
        PlaygroundView view = new PlaygroundView(model, houses, ready);
        ExploreViewsTest.assertPaints(view, "playground at the start");
        assertEquals(4, count(view.unitsPanel(), HeatMapPanel.class), "a small map per hidden unit");
        model.step(100);
        view.refresh();
        ExploreViewsTest.assertPaints(view, "playground after 100 steps");
        assertTrue(view.decisionMap().title().contains("100 steps"), view.decisionMap().title());
        assertTrue(view.twinsLabel().getText().contains("within"), view.twinsLabel().getText());
        assertEquals(model.classifyCommand(), view.commandText());
    }

    @Test
    void noHiddenLayerSaysSoAndTwoLayersShowBoth() {
        PlaygroundModel model = new PlaygroundModel(houses, List.of(), HiddenActivation.TANH, 0.5, 1);
        PlaygroundView view = new PlaygroundView(model, houses, ready);
        assertEquals(0, count(view.unitsPanel(), HeatMapPanel.class));
        ExploreViewsTest.assertPaints(view, "playground without a hidden layer");
        model.setHidden(List.of(8, 8));
        view.refresh();
        assertEquals(16, count(view.unitsPanel(), HeatMapPanel.class), "two layers of 8 units");
        ExploreViewsTest.assertPaints(view, "playground with two layers of 8");
    }

    /**
     * The step proof decides, the trajectory is reported: two layers of 8 and 4 at rate 0.5 on the houses magnify
     * rounding (NetworkLockStepTest's control: one ulp of the start grows to order 0.1 there, docs/hidden-layers.md),
     * so the free-running trajectories part far beyond the step proof's bound while every step still agrees within
     * it: the line stays black and says why they part.
     */
    @Test
    void theTrajectoryMayPartWhileTheStepProofHolds() {
        PlaygroundModel model = new PlaygroundModel(houses, List.of(8, 4), HiddenActivation.TANH, 0.5, 1);
        PlaygroundView view = new PlaygroundView(model, houses, ready);
        String before = view.twinsLabel().getText();
        assertTrue(before.contains("Step proof") && before.contains("decides") && before.contains("Trajectory"),
                before);
        model.step(100);
        model.step(100);
        view.refresh();
        assertTrue(model.worst().exceeds(STEP_PROOF_BOUND), "the trajectories part: " + model.worst().describe());
        assertFalse(model.stepProofFails(), model.stepWorst().describe());
        assertEquals(Color.BLACK, view.twinsLabel().getForeground());
        String text = view.twinsLabel().getText();
        assertTrue(text.contains(model.stepWorst().describe()) && text.contains(model.worst().describe()),
                "both numbers, as the model has them: " + text);
        assertTrue(text.contains("part though every step agrees"), text);
        ExploreViewsTest.assertPaints(view, "playground whose trajectories part");
    }

    @Test
    void aUsersCsvPaintsWithThreeClasses() {
        PlaygroundData iris = PlaygroundData.csv(TestData.file("iris.csv"), List.of("petal_length", "petal_width"),
                "species");
        PlaygroundModel model = new PlaygroundModel(iris, List.of(3), HiddenActivation.TANH, 0.5, 1);
        PlaygroundView view = new PlaygroundView(model, houses, ready);
        model.step(10);
        view.refresh();
        ExploreViewsTest.assertPaints(view, "playground on iris");
    }

    @Test
    void openingACsvTrainsOnItOrSaysInOneLineWhyNot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        PlaygroundModel model = new PlaygroundModel(houses, List.of(2), HiddenActivation.TANH, 0.5, 1);
        PlaygroundView view = new PlaygroundView(model, houses, ready);
        java.nio.file.Path bad = java.nio.file.Files.writeString(tmp.resolve("bad.csv"), "x,y,kind\n1,2,a\n3,?,b\n");
        view.open(bad);
        String line = view.messageLabel().getText();
        assertTrue(line.contains("bad.csv:3") && !line.contains("\n"), "one line naming file and line: " + line);
        assertEquals(ChartStyle.BAD, view.messageLabel().getForeground());
        assertEquals(houses, model.data(), "the houses stay");
        java.nio.file.Path good = java.nio.file.Files.writeString(tmp.resolve("good.csv"),
                "kind,x,y\na,1,2\nb,3,1\na,2,2\nb,4,0\n");
        view.open(good);
        assertEquals(List.of("x", "y"), model.data().features(), view.messageLabel().getText());
        assertEquals("kind", model.data().label());
        model.step(10);
        view.refresh();
        ExploreViewsTest.assertPaints(view, "playground on an opened csv");
    }

    private static int count(Container container, Class<?> type) {
        int n = 0;
        for (Component c : container.getComponents()) {
            n += type.isInstance(c) ? 1 : 0;
            if (c instanceof Container inner) {
                n += count(inner, type);
            }
        }
        return n;
    }
}
