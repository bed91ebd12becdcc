package nnbasics.explore;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import javax.swing.JPanel;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * An XChart chart painted into a Swing panel at the panel's size, as XChart's own {@code XChartPanel} paints it.
 * Why not {@code XChartPanel}: its constructor registers a keyboard shortcut through the toolkit, which throws
 * {@code HeadlessException} without a display, so no view could be built (or tested) headless. This panel only
 * paints; the live views update the chart's series in place and call {@link #repaint()}.
 */
final class ChartPanel<C extends Chart<?, ?>> extends JPanel {

    private final C chart;

    ChartPanel(C chart) {
        this.chart = chart;
        setPreferredSize(new Dimension(chart.getWidth(), chart.getHeight()));
        setMinimumSize(new Dimension(200, 150));
    }

    C chart() {
        return chart;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (getWidth() > 0 && getHeight() > 0) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                chart.paint(g2, getWidth(), getHeight());
            } finally {
                g2.dispose();
            }
        }
    }
}
