package nnbasics.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import nnbasics.compare.TestData;
import nnbasics.guide.GuideData;
import org.junit.jupiter.api.Test;

/** Each panel built without a window, laid out, painted into an image: not blank. */
class ExploreViewsTest {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 760;

    private final GuideData data = GuideData.load(TestData.dir());
    private final CompletableFuture<Void> ready = CompletableFuture.completedFuture(null);

    @Test
    void dragonPaintsAndFollowsTheSlider() {
        DragonView view = new DragonView(new DragonModel(data));
        assertPaints(view, "dragon");
        assertTrue(view.errorLabel().getText().contains("799.09"), view.errorLabel().getText());
        view.weightSlider().slider().setValue(58); // a change event, as a drag makes
        assertTrue(view.errorLabel().getText().contains("= "), view.errorLabel().getText());
        assertTrue(!view.errorLabel().getText().contains("799.09"), "the error follows the slider: "
                + view.errorLabel().getText());
        assertPaints(view, "dragon after a drag");
        view.weightSlider().slider().setValue(400);
        assertTrue(view.messageLabel().getText().contains("flying away") || view.messageLabel().getText().contains("planet"),
                view.messageLabel().getText());
        assertPaints(view, "dragon off the chart");
    }

    @Test
    void automationPaintsBeforeAndAfterSteps() {
        AutomationModel model = new AutomationModel(data);
        AutomationView view = new AutomationView(model, ready);
        assertPaints(view, "automation");
        model.step(100);
        view.refresh();
        assertPaints(view, "automation after 100 steps");
    }

    @Test
    void twoVariablesPaints() {
        TwoVariablesModel model = new TwoVariablesModel(data);
        TwoVariablesView view = new TwoVariablesView(model, ready);
        model.step(10);
        view.refresh();
        assertPaints(view, "two variables");
    }

    @Test
    void softmaxPaintsAndFollowsTyping() {
        LogitsModel model = new LogitsModel();
        SoftmaxView view = new SoftmaxView(model);
        view.field().setText("1, 2, 4");
        assertEquals(3, model.logits().length, "typing sets the logits");
        assertPaints(view, "softmax");
    }

    @Test
    void shapePaints() {
        ShapeView view = new ShapeView(new ShapeModel());
        view.featuresSpinner().setValue(10);
        assertPaints(view, "shape");
    }

    @Test
    void classificationPaints() {
        ClassificationModel model = new ClassificationModel(data);
        ClassificationView view = new ClassificationView(model, ready);
        assertPaints(view, "classification at zero");
        model.step(10);
        view.refresh();
        assertPaints(view, "classification after 10 steps");
    }

    @Test
    void allSevenTabs() {
        JTabbedPane tabs = ExploreWindow.tabs(data, new CompletableFuture<>(), 0);
        assertEquals(7, tabs.getTabCount());
        assertPaints(tabs, "the tabs, DL4J still loading");
    }

    /** Sizes and lays out the component tree, paints it, and checks for more than one colour. */
    static BufferedImage assertPaints(JComponent view, String what) {
        view.setSize(WIDTH, HEIGHT);
        layout(view);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            view.paint(g);
        } finally {
            g.dispose();
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < HEIGHT; y += 3) {
            for (int x = 0; x < WIDTH; x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, what + " is blank or nearly: " + colours.size() + " colours");
        String snapshots = System.getProperty("explore.snapshots"); // -Dexplore.snapshots=DIR keeps the images
        if (snapshots != null) {
            try {
                javax.imageio.ImageIO.write(image, "png",
                        java.nio.file.Path.of(snapshots, what.replace(' ', '-') + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return image;
    }

    private static void layout(Container container) {
        container.doLayout();
        for (Component child : container.getComponents()) {
            if (child instanceof Container c) {
                layout(c);
            }
        }
    }
}
