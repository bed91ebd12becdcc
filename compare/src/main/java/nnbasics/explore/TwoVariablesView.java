package nnbasics.explore;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nnbasics.charts.ChartStyle;
import org.knowm.xchart.XYChart;

/**
 * Panel 3, "two variables": three sliders (w1, w2, b) bound to a {@link TwoVariablesModel}, the gradient-descent
 * buttons, the error log and the network with its current values.
 */
public final class TwoVariablesView extends JPanel {

    private final TwoVariablesModel model;
    private final List<Controls.DialSlider> dials = new ArrayList<>();
    private final JLabel error = Controls.valueLabel();
    private final JLabel status = new JLabel(" ");
    private final ErrorLogChart log;
    private final ChartPanel<XYChart> logPanel;
    private final RegressionDiagram diagram;

    public TwoVariablesView(TwoVariablesModel model, CompletableFuture<?> dl4jReady) {
        super(new BorderLayout());
        this.model = model;
        double[] p = model.twins().parameters();
        JPanel row = new JPanel(new GridLayout(1, 3, 12, 0));
        for (int i = 0; i < TwoVariablesModel.DIALS.size(); i++) {
            int index = i;
            Controls.DialSlider dial = new Controls.DialSlider(TwoVariablesModel.DIALS.get(i), p[i], v -> {
                model.set(index, v);
                refresh();
            });
            dials.add(dial);
            row.add(dial);
        }
        log = new ErrorLogChart(model.twins().errorLog());
        logPanel = Controls.panel(log.chart());
        diagram = new RegressionDiagram(List.of("area", "bathrooms"), p);

        Controls.gradientDescentLayout(this, row, count -> {
            model.step(count);
            refresh();
        }, () -> {
            model.reset();
            refresh();
        }, dl4jReady, error, status, logPanel, diagram);
        refresh();
    }

    void refresh() {
        TwinRegression twins = model.twins();
        double[] p = twins.parameters();
        double[] dl4j = twins.dl4jParameters();
        for (int i = 0; i < dials.size(); i++) {
            dials.get(i).suffix("   (DL4J: " + ChartStyle.number(dl4j[i]) + ")");
            dials.get(i).show(p[i]);
        }
        error.setText(String.format(java.util.Locale.ROOT, "error (MSE) = %,.2f", twins.error()));
        status.setText(Controls.twinStatus(twins.largestDifference(), twins.steps()));
        log.update(twins.errorLog());
        diagram.show(p);
        logPanel.repaint();
    }
}
