package nnbasics.explore;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.concurrent.CompletableFuture;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nnbasics.charts.ChartStyle;
import org.knowm.xchart.XYChart;

/**
 * Panel 2, "automation": the dragon's dials from (0, 0) moved by gradient descent (1, 10 or 100 steps of both
 * engines), the error log and the visited-cells grid, bound to an {@link AutomationModel}.
 */
public final class AutomationView extends JPanel {

    private final AutomationModel model;
    private final Controls.DialSlider weight;
    private final Controls.DialSlider bias;
    private final JLabel error = Controls.valueLabel();
    private final JLabel status = new JLabel(" ");
    private final ErrorLogChart log;
    private final GridChart grid = new GridChart();
    private final ChartPanel<XYChart> logPanel;
    private final ChartPanel<XYChart> gridPanel;

    public AutomationView(AutomationModel model, CompletableFuture<?> dl4jReady) {
        super(new BorderLayout());
        this.model = model;
        weight = new Controls.DialSlider(DragonModel.WEIGHT, model.weight(), w -> {
            model.setWeight(w);
            refresh();
        });
        bias = new Controls.DialSlider(DragonModel.BIAS, model.bias(), b -> {
            model.setBias(b);
            refresh();
        });
        log = new ErrorLogChart(model.twins().errorLog());
        logPanel = Controls.panel(log.chart());
        gridPanel = Controls.panel(grid.chart());

        JPanel dials = new JPanel(new GridLayout(1, 2, 12, 0));
        dials.add(weight);
        dials.add(bias);
        Controls.gradientDescentLayout(this, dials, count -> {
            model.step(count);
            refresh();
        }, () -> {
            model.reset();
            refresh();
        }, dl4jReady, error, status, logPanel, gridPanel);
        refresh();
    }

    void refresh() {
        TwinRegression twins = model.twins();
        double[] dl4j = twins.dl4jParameters();
        weight.suffix("   (DL4J: " + ChartStyle.number(dl4j[0]) + ")");
        bias.suffix("   (DL4J: " + ChartStyle.number(dl4j[1]) + ")");
        weight.show(model.weight());
        bias.show(model.bias());
        error.setText(String.format(java.util.Locale.ROOT, "error (MSE) = %,.2f", twins.error()));
        status.setText(Controls.twinStatus(twins.largestDifference(), twins.steps()));
        log.update(twins.errorLog());
        grid.update(model.grid(), model.path());
        logPanel.repaint();
        gridPanel.repaint();
    }
}
