package nnbasics.explore;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import java.util.concurrent.CompletableFuture;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nnbasics.charts.ClassProbabilityChart;
import nnbasics.charts.DecisionBoundaryChart;
import nnbasics.handwritten.classification.SoftmaxModel;

/**
 * Panel 6, classification: the gradient-descent buttons on the ten labelled houses (both engines), the probability
 * of each class per house from each engine, and the decision boundary in the area × bathrooms plane. The charts'
 * series change shape with the model (the shaded regions), so each click builds them afresh.
 */
public final class ClassificationView extends JPanel {

    private final ClassificationModel model;
    private final JLabel summary = Controls.valueLabel();
    private final JLabel status = new JLabel(" ");
    private final JPanel bars = new JPanel(new GridLayout(0, 1));
    private final JPanel charts = new JPanel(new GridLayout(1, 2));

    public ClassificationView(ClassificationModel model, CompletableFuture<?> dl4jReady) {
        super(new BorderLayout());
        this.model = model;
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(new JLabel("Softmax regression on the ten labelled houses: cross-entropy, standardised features, rate "
                + ClassificationModel.RATE + "."));
        top.add(Controls.stepButtons(count -> {
            model.step(count);
            refresh();
        }, () -> {
            model.reset();
            refresh();
        }, dl4jReady));
        top.add(summary);
        top.add(status);
        for (java.awt.Component c : top.getComponents()) {
            ((JComponent) c).setAlignmentX(LEFT_ALIGNMENT);
        }
        add(Controls.padded(top), BorderLayout.NORTH);
        add(charts, BorderLayout.CENTER);
        refresh();
    }

    void refresh() {
        summary.setText(String.format(java.util.Locale.ROOT, "cross-entropy = %.4f; %d of %d houses right (a tie goes to the first class)",
                model.loss(), model.correct(), model.labels().length));
        status.setText(Controls.twinStatus(model.largestDifference(), model.steps())
                .replace("Sliders driven by the <b>hand-written</b> engine; DL4J's values beside them. ",
                        "Boundary from the <b>hand-written</b> engine; bars from both. "));
        List<String> houses = new ArrayList<>();
        for (int i = 1; i <= model.labels().length; i++) {
            houses.add(Integer.toString(i));
        }
        double[][] hand = model.handProbabilities();
        double[][] dl4j = model.dl4jProbabilities();
        charts.removeAll();
        bars.removeAll();
        charts.add(bars);
        for (int k = 0; k < model.classes().size(); k++) {
            String name = model.classes().get(k);
            bars.add(Controls.panel(ClassProbabilityChart.chart(houses, name, column(hand, k), column(dl4j, k),
                    "P(" + name + ") per house")));
        }
        SoftmaxModel raw = model.handModel();
        XYChart boundary = DecisionBoundaryChart.chart(model.features(), model.labels(), model.classes(),
                List.of("area (sq ft)", "bathrooms"), raw.weights(), raw.bias(), "Decision boundary");
        // the panel is half the window wide: the legend goes under the plot, so the plot and its title keep the
        // panel's whole width (a legend at the side clipped the title)
        boundary.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        charts.add(Controls.panel(boundary));
        bars.revalidate();
        charts.revalidate();
        charts.repaint();
    }

    private static double[] column(double[][] rows, int k) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][k];
        }
        return column;
    }
}
