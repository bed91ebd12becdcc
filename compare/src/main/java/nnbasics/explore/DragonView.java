package nnbasics.explore;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nnbasics.charts.ChartStyle;
import nnbasics.charts.HousesChart;
import org.knowm.xchart.XYChart;

/**
 * Panel 1, "train your dragon": two sliders bound to a {@link DragonModel}, the error and its message, and the
 * houses chart whose line, predicted points and yellow error segments follow every change event (the chart is built
 * once; its series are updated in place and the panel repainted).
 */
public final class DragonView extends JPanel {

    /** The name of the prediction line series. */
    static final String LINE = "prediction ŷ = w·x + b";

    private final DragonModel model;
    private final XYChart chart;
    private final ChartPanel<XYChart> chartPanel;
    private final Controls.DialSlider weight;
    private final Controls.DialSlider bias;
    private final JLabel error = Controls.valueLabel();
    private final JLabel message = new JLabel(" ");
    private final double[] lineX;
    private final double[] areas;

    public DragonView(DragonModel model) {
        super(new BorderLayout());
        this.model = model;
        areas = column(model.houses().features());
        chart = HousesChart.chart(areas, model.houses().targets(),
                List.of(new HousesChart.Line(LINE, model.weight(), model.bias())), 0,
                "Train your dragon: price = w · area + b");
        chart.getSeriesMap().get(HousesChart.PREDICTED).setLabel(HousesChart.PREDICTED);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(700.0);
        lineX = chart.getSeriesMap().get(LINE).getXData().clone();
        chartPanel = Controls.panel(chart);

        weight = new Controls.DialSlider(DragonModel.WEIGHT, model.weight(), w -> {
            model.setWeight(w);
            refresh();
        });
        bias = new Controls.DialSlider(DragonModel.BIAS, model.bias(), b -> {
            model.setBias(b);
            refresh();
        });
        message.setFont(Controls.MESSAGE_FONT);

        JPanel dials = new JPanel(new GridLayout(1, 2, 12, 0));
        dials.add(weight);
        dials.add(bias);
        JPanel readout = new JPanel();
        readout.setLayout(new BoxLayout(readout, BoxLayout.Y_AXIS));
        readout.add(error);
        readout.add(message);
        JPanel top = new JPanel(new BorderLayout());
        top.add(dials, BorderLayout.CENTER);
        top.add(Controls.padded(readout), BorderLayout.SOUTH);
        add(Controls.padded(top), BorderLayout.NORTH);
        add(chartPanel, BorderLayout.CENTER);
        refresh();
    }

    /** Shows the model: labels, the line, the predictions and the error segments. */
    void refresh() {
        double w = model.weight();
        double b = model.bias();
        weight.show(w);
        bias.show(b);
        double mse = model.error();
        error.setText(String.format(java.util.Locale.ROOT, "error (mean squared error) = %,.2f", mse));
        message.setText(model.message());
        chart.updateXYSeries(LINE, lineX, new double[] {w * lineX[0] + b, w * lineX[1] + b}, null);
        double[] predicted = model.predictions();
        double[] prices = model.houses().targets();
        for (int i = 0; i < predicted.length; i++) {
            chart.updateXYSeries(HousesChart.errorSeriesName(i), new double[] {areas[i], areas[i]},
                    new double[] {prices[i], predicted[i]}, null);
        }
        chart.updateXYSeries(HousesChart.PREDICTED, areas, predicted, null);
        chart.setTitle("Train your dragon: ŷ = " + ChartStyle.number(w) + " · area + " + ChartStyle.number(b));
        chartPanel.repaint();
    }

    Controls.DialSlider weightSlider() {
        return weight;
    }

    JLabel errorLabel() {
        return error;
    }

    JLabel messageLabel() {
        return message;
    }

    static double[] column(double[][] rows) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][0];
        }
        return column;
    }
}
