package nnbasics.charts;

import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The loss per step of several updaters on one network from one start, each drawn twice: the hand-written engine
 * (a wide line) and DL4J (dashed on top), one colour per updater, log y-axis.
 */
public final class UpdaterChart {

    private UpdaterChart() {
    }

    /**
     * One updater's run.
     *
     * @param name     the legend's name, e.g. "Adam(lr 0.05, …)"
     * @param handLoss the hand-written engine's loss per step
     * @param dl4jLoss DL4J's loss per step, the same length
     */
    public record Run(String name, double[] handLoss, double[] dl4jLoss) {
    }

    /**
     * @param runs  the updaters, each of the same number of steps
     * @param title the chart's title
     * @return loss per step, every run, both engines
     */
    public static XYChart losses(List<Run> runs, String title) {
        XYChart chart = ChartStyle.xyChart(title, "step", "cross-entropy (log scale)");
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double[] steps = null;
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            Check.finite("handLoss", run.handLoss());
            Check.finite("dl4jLoss", run.dl4jLoss());
            Check.sameLength("handLoss", run.handLoss(), "dl4jLoss", run.dl4jLoss());
            int[] kept = Thinning.evenly(run.handLoss().length, Thinning.MAX_POINTS);
            steps = Thinning.asDoubles(kept);
            double[] hand = ConvergenceChart.floored(Thinning.pick(run.handLoss(), kept));
            double[] dl4j = ConvergenceChart.floored(Thinning.pick(run.dl4jLoss(), kept));
            java.awt.Color color = ChartStyle.sequence(r);
            style(chart.addSeries(run.name() + ", hand-written", steps, hand), color, ChartStyle.stroke(5f));
            style(chart.addSeries(run.name() + ", DL4J", steps.clone(), dl4j), color.darker(), ChartStyle.dashed(2f));
            for (double[] drawn : new double[][] {hand, dl4j}) {
                for (double v : drawn) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        ChartStyle.logAxis(chart, min, max, ChartStyle.decimalPattern(ChartStyle.leadingDigitFloor(min), max));
        ChartStyle.niceStepTicks(chart, steps[0], min);
        chart.getStyler().setLegendPosition(LegendPosition.InsideSW);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        return chart;
    }

    private static void style(XYSeries series, java.awt.Color color, java.awt.BasicStroke stroke) {
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
    }
}
