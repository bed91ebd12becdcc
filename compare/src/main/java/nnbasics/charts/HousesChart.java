package nnbasics.charts;

import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Sections 1 and 3 of the guide: the houses (area against price), one or more prediction lines ŷ = w·x + b, the
 * predicted points of one of the lines, and a yellow segment from each actual price to its prediction — the error.
 *
 * <p>Series, in drawing order: one line per {@link Line} (named by {@link Line#name()}), one segment per house named
 * {@link #errorSeriesName(int)} (only the first shows in the legend), {@link #PREDICTED} and {@link #HOUSES}.
 */
public final class HousesChart {

    /** The observed houses. */
    public static final String HOUSES = "houses";
    /** The predictions of the line whose errors are drawn. */
    public static final String PREDICTED = "predicted";
    /** The legend label of the error segments. */
    public static final String ERROR_LEGEND = "error (price − prediction)";

    /** A named prediction line ŷ = weight · x + bias (prices in $1000, areas in sq ft). */
    public record Line(String name, double weight, double bias) {

        public Line {
            Objects.requireNonNull(name, "name");
            Check.finite("weight of line " + name, weight);
            Check.finite("bias of line " + name, bias);
        }

        /** A line named by its formula, e.g. "ŷ = 0.18·x" or "ŷ = 0.1·x + 150". */
        public static Line of(double weight, double bias) {
            return new Line(formula(weight, bias), weight, bias);
        }

        /** ŷ = w · x + b. */
        public double predict(double x) {
            return weight * x + bias;
        }

        private static String formula(double weight, double bias) {
            String line = "ŷ = " + ChartStyle.number(weight) + "·x";
            if (bias > 0) {
                return line + " + " + ChartStyle.number(bias);
            }
            if (bias < 0) {
                return line + " − " + ChartStyle.number(-bias);
            }
            return line;
        }
    }

    private HousesChart() {
    }

    /** One line ŷ = weight · x + bias with its predictions and errors (section 1 with bias 0). */
    public static XYChart chart(double[] areas, double[] prices, double weight, double bias, String title) {
        return chart(areas, prices, List.of(Line.of(weight, bias)), 0, title);
    }

    /**
     * Several named lines (section 3: the start (0.1, 150) against the least-squares line); the predicted points and
     * error segments are drawn for {@code lines.get(errorsFor)}.
     */
    public static XYChart chart(double[] areas, double[] prices, List<Line> lines, int errorsFor, String title) {
        Check.finite("areas", areas);
        Check.finite("prices", prices);
        Check.sameLength("areas", areas, "prices", prices);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no line to draw");
        }
        Objects.checkIndex(errorsFor, lines.size());

        XYChart chart = ChartStyle.xyChart(title, ChartStyle.AREA, ChartStyle.PRICE);
        double[] xRange = paddedRange(areas);
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            XYSeries series = chart.addSeries(line.name(), xRange,
                    new double[] {line.predict(xRange[0]), line.predict(xRange[1])});
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(ChartStyle.sequence(l));
            series.setLineStyle(l == errorsFor ? ChartStyle.stroke(2.5f) : ChartStyle.dashed(2f));
        }

        Line measured = lines.get(errorsFor);
        double[] predicted = new double[areas.length];
        for (int i = 0; i < areas.length; i++) {
            predicted[i] = measured.predict(areas[i]);
            // the error segment: from the actual price y_i up or down to the prediction ŷ_i = w·x_i + b
            XYSeries segment = chart.addSeries(errorSeriesName(i),
                    new double[] {areas[i], areas[i]}, new double[] {prices[i], predicted[i]});
            segment.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            segment.setMarker(SeriesMarkers.NONE);
            segment.setLineColor(ChartStyle.ERROR);
            segment.setLineStyle(ChartStyle.stroke(4f));
            segment.setLabel(ERROR_LEGEND);
            segment.setShowInLegend(i == 0);
        }

        XYSeries predictions = chart.addSeries(PREDICTED, areas.clone(), predicted);
        predictions.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        predictions.setMarker(SeriesMarkers.DIAMOND);
        predictions.setMarkerColor(ChartStyle.sequence(errorsFor));
        predictions.setLabel(PREDICTED + " (" + measured.name() + ")");

        XYSeries houses = chart.addSeries(HOUSES, areas.clone(), prices.clone());
        houses.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        houses.setMarker(SeriesMarkers.CIRCLE);
        houses.setMarkerColor(ChartStyle.DATA);

        chart.getStyler().setXAxisMin(xRange[0]);
        chart.getStyler().setXAxisMax(xRange[1]);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        return chart;
    }

    /** The series name of the error segment of house {@code house} (0-based; the name counts from 1). */
    public static String errorSeriesName(int house) {
        return "error, house " + (house + 1);
    }

    /** [min − 10% of the span, max + 10% of the span]; a single value gets ±10% of itself (or ±1 at zero). */
    static double[] paddedRange(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double pad = max > min ? 0.1 * (max - min) : Math.max(0.1 * Math.abs(min), 1.0);
        return new double[] {min - pad, max + pad};
    }
}
