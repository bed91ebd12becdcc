package nnbasics.explore;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;
import nnbasics.charts.ChartStyle;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The small Swing pieces every panel shares: dials as sliders, the gradient-descent buttons, chart styling. */
final class Controls {

    static final Font VALUE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font MESSAGE_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 14);
    /** The step counts of the guide's buttons. */
    static final int[] STEPS = {1, 10, 100};

    private Controls() {
    }

    /** A dial as a slider: a name and value label above it; {@code onChange} gets every value while dragging. */
    static final class DialSlider extends JPanel {
        private final Dial dial;
        private final JSlider slider;
        private final JLabel label = new JLabel();
        private boolean programmatic;
        private String suffix = "";

        DialSlider(Dial dial, double value, DoubleConsumer onChange) {
            super(new BorderLayout());
            this.dial = dial;
            this.slider = new JSlider(0, dial.ticks(), dial.ticks(value));
            slider.setPreferredSize(new Dimension(260, slider.getPreferredSize().height));
            slider.addChangeListener(e -> {
                if (!programmatic) {
                    onChange.accept(dial.value(slider.getValue()));
                }
            });
            add(label, BorderLayout.NORTH);
            add(slider, BorderLayout.CENTER);
            show(value);
            setBorder(BorderFactory.createEmptyBorder(2, 4, 6, 4));
        }

        /** Moves the slider to {@code value} without reporting it back, and shows the exact value in the label. */
        void show(double value) {
            programmatic = true;
            try {
                slider.setValue(dial.ticks(value));
            } finally {
                programmatic = false;
            }
            label.setText(dial.name() + " = " + ChartStyle.number(value) + suffix);
        }

        /** Extra text after the value (DL4J's value beside the hand-written one). */
        void suffix(String text) {
            suffix = text;
        }

        JSlider slider() {
            return slider;
        }
    }

    /**
     * The buttons "1 step", "10 steps", "100 steps" and "reset"; the step buttons wait (disabled) until DL4J has
     * loaded, since each step runs both engines.
     */
    static JPanel stepButtons(IntConsumer onStep, Runnable onReset, CompletableFuture<?> dl4jReady) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        List<JButton> steps = new ArrayList<>();
        for (int count : STEPS) {
            JButton button = new JButton(count == 1 ? "1 step" : count + " steps");
            button.addActionListener(e -> onStep.accept(count));
            steps.add(button);
            row.add(button);
        }
        JButton reset = new JButton("reset");
        reset.addActionListener(e -> onReset.run());
        row.add(reset);
        JLabel loading = new JLabel("loading DL4J …");
        loading.setForeground(Color.GRAY);
        if (!dl4jReady.isDone()) {
            steps.forEach(b -> b.setEnabled(false));
            row.add(loading);
        }
        dl4jReady.whenComplete((ok, error) -> SwingUtilities.invokeLater(() -> {
            if (error == null) {
                steps.forEach(b -> b.setEnabled(true));
                row.remove(loading);
            } else {
                loading.setText("DL4J failed to load: " + error.getMessage());
                loading.setForeground(Color.RED);
            }
            row.revalidate();
            row.repaint();
        }));
        return row;
    }

    /**
     * "Sliders follow the hand-written engine" with the step proof's largest difference so far: each step of the
     * hand-written engine from DL4J's state against DL4J's ({@code docs/twin-difference.md}).
     */
    static String twinStatus(double largestStepProof, int steps) {
        return "<html>Sliders driven by the <b>hand-written</b> engine; DL4J's values beside them. "
                + steps + " steps; step proof (each step from DL4J's state against DL4J's), largest difference so "
                + "far: <b>" + (steps == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.2e", largestStepProof))
                + "</b></html>";
    }

    /** An XY chart with the look of the guide's charts. */
    static XYChart xyChart(String title, String xAxis, String yAxis) {
        XYChart chart = new XYChartBuilder().width(560).height(400).title(title).xAxisTitle(xAxis)
                .yAxisTitle(yAxis).build();
        AxesChartStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xe6e6e6));
        styler.setChartTitleBoxVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLocale(java.util.Locale.ROOT);
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
        return chart;
    }

    /** A chart in a Swing panel. */
    static <C extends Chart<?, ?>> ChartPanel<C> panel(C chart) {
        return new ChartPanel<>(chart);
    }

    /** A label in the value font. */
    static JLabel valueLabel() {
        JLabel label = new JLabel(" ");
        label.setFont(VALUE_FONT);
        return label;
    }

    /**
     * The layout of a gradient-descent panel: on top the dials, the step buttons, the error and the status, left-
     * aligned; below two charts side by side.
     *
     * @param onStep  runs n steps of the model (then the view refreshes itself)
     * @param onReset resets the model
     */
    static void gradientDescentLayout(JPanel panel, JComponent dials, IntConsumer onStep, Runnable onReset,
                                      CompletableFuture<?> dl4jReady, JComponent error, JComponent status,
                                      java.awt.Component left, java.awt.Component right) {
        JPanel top = new JPanel();
        top.setLayout(new javax.swing.BoxLayout(top, javax.swing.BoxLayout.Y_AXIS));
        top.add(dials);
        top.add(stepButtons(onStep, onReset, dl4jReady));
        top.add(error);
        top.add(status);
        for (java.awt.Component c : top.getComponents()) {
            ((JComponent) c).setAlignmentX(java.awt.Component.LEFT_ALIGNMENT);
        }
        JPanel charts = new JPanel(new java.awt.GridLayout(1, 2));
        charts.add(left);
        charts.add(right);
        panel.add(padded(top), BorderLayout.NORTH);
        panel.add(charts, BorderLayout.CENTER);
    }

    static JComponent padded(JComponent component) {
        component.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        return component;
    }
}
