package nnbasics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look every chart of the guide shares: one colour per role (hand-written, DL4J, error, classes), the fonts and
 * the default size. All fields are constants ({@link Color} is immutable), so a caller drawing HTML around the charts
 * can reuse the same colours.
 */
public final class ChartStyle {

    /** Default chart width in pixels (at 72 dpi; {@link ChartFiles} renders PNGs at a fixed multiple of it). */
    public static final int WIDTH = 800;
    /** Default chart height in pixels. */
    public static final int HEIGHT = 500;

    /** The hand-written engine, in every chart that compares engines (blue). */
    public static final Color HAND = new Color(0x1f77b4);
    /** The DL4J engine, in every chart that compares engines (orange). */
    public static final Color DL4J = new Color(0xff7f0e);
    /** Errors, as the guide draws them: a yellow segment from the actual value to the prediction. */
    public static final Color ERROR = new Color(0xf2c200);
    /** Observed data points (the houses). */
    public static final Color DATA = new Color(0x2b2b2b);
    /** Reference lines that are not data: y = x, machine epsilon, the 0.5 threshold. */
    public static final Color REFERENCE = new Color(0x8c8c8c);
    /** The gradient-descent path drawn over the error surface (red stands out on the viridis palette). */
    public static final Color PATH = new Color(0xe41a1c);
    /** The class called "good" in the guide's labelled houses. */
    public static final Color GOOD = new Color(0x2ca02c);
    /** The class called "bad" in the guide's labelled houses. */
    public static final Color BAD = new Color(0xd62728);
    /** The notebook's model (squared error on softmax outputs, raw features). */
    public static final Color NOTEBOOK = new Color(0x9467bd);
    /** The cross-entropy model (standardised features). */
    public static final Color CROSS_ENTROPY = new Color(0x17becf);

    /** Further colours for named lines or classes beyond the roles above, in order. */
    private static final Color[] SEQUENCE = {
        new Color(0x1f77b4), new Color(0x2ca02c), new Color(0x9467bd), new Color(0x8c564b),
        new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f)};

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Color GRID = new Color(0xe6e6e6);

    /** Axis titles with their units, as the guide states them (prices in $1000). */
    static final String AREA = "area (sq ft)";
    static final String PRICE = "price ($1000)";
    static final String BATHROOMS = "bathrooms";

    private ChartStyle() {
    }

    /** The i-th colour of the fallback sequence (wraps around). */
    public static Color sequence(int i) {
        return SEQUENCE[Math.floorMod(i, SEQUENCE.length)];
    }

    /** A stroke of the given width, round-capped so short segments stay visible. */
    static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A dashed stroke for reference lines. */
    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    }

    /** An XY chart with the shared look: white background, light grid, readable fonts, legend at the right. */
    static XYChart xyChart(String title, String xAxisTitle, String yAxisTitle) {
        return xyChart(WIDTH, HEIGHT, title, xAxisTitle, yAxisTitle);
    }

    static XYChart xyChart(int width, int height, String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        applyAxes(chart.getStyler());
        chart.getStyler().setMarkerSize(9);
        return chart;
    }

    /** A category (bar) chart with the shared look. */
    static CategoryChart categoryChart(int width, int height, String title, String xAxisTitle, String yAxisTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height)
                .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        applyAxes(chart.getStyler());
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        return chart;
    }

    private static void applyAxes(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(0xbdbdbd));
        styler.setPlotGridLinesColor(GRID);
        styler.setChartFontColor(new Color(0x202020));
        styler.setAxisTickLabelsColor(new Color(0x404040));
        styler.setChartTitleFont(TITLE_FONT);
        styler.setAxisTitleFont(AXIS_TITLE_FONT);
        styler.setAxisTickLabelsFont(TICK_FONT);
        styler.setLegendFont(LEGEND_FONT);
        styler.setLegendBorderColor(new Color(0xd0d0d0));
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartTitleBoxVisible(false);
        styler.setAntiAlias(true);
        styler.setLocale(Locale.ROOT);
        styler.setToolTipsEnabled(false);
    }

    /** The name of the invisible series that {@link #niceStepTicks(XYChart, double, double)} adds. */
    static final String TICK_SPACER = "(tick spacer)";

    /**
     * Gives a chart whose x values are evenly spaced (the steps 0, 1, … 999) round x ticks (0, 100, 200 …). XChart
     * puts the ticks of an evenly spaced x axis on data values, at the first multiple of the spacing whose labels
     * fit (0, 36, 72 …); one invisible point half a spacing off the grid (no marker, no line, not in the legend,
     * its y one of the data's) makes the axis an ordinary numeric one with round ticks.
     */
    static void niceStepTicks(XYChart chart, double x, double y) {
        XYSeries spacer = chart.addSeries(TICK_SPACER, new double[] {x + 0.5}, new double[] {y});
        spacer.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        spacer.setMarker(SeriesMarkers.NONE);
        spacer.setShowInLegend(false);
    }

    /**
     * Data spanning more than this ratio get labels at powers of ten only (1,000, 10,000, 100,000); narrower data
     * get a label at every 1 … 9 × 10^k, which would crowd a wider axis.
     */
    static final double DECADES_ONLY_ABOVE = 30;

    /**
     * A logarithmic y axis whose first and last value always have a labelled tick next to them. Narrow data
     * (within {@link #DECADES_ONLY_ABOVE}) are labelled at every 1 … 9 × 10^k and the axis runs from the largest
     * such value at or below the smallest to the smallest at or above the largest (a cross-entropy from 0.69 to
     * 0.54 gets 0.5, 0.6, 0.7); wider data are labelled at powers of ten and the axis starts at the power of ten at
     * or below the smallest (an error falling from 108,268 to 1406 gets 1,000, 10,000 and 100,000). Values are
     * labelled with {@code pattern}.
     */
    static void logAxis(XYChart chart, double min, double max, String pattern) {
        boolean decades = max / min > DECADES_ONLY_ABOVE;
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmicDecadeOnly(decades);
        chart.getStyler().setYAxisMin(decades ? Math.pow(10, Math.floor(Math.log10(min))) : leadingDigitFloor(min));
        chart.getStyler().setYAxisMax(leadingDigitCeil(max));
        chart.getStyler().setYAxisDecimalPattern(pattern);
    }

    /** The largest d × 10^k (d = 1 … 9) at or below a positive value: 1406 → 1000, 0.49 → 0.4. */
    static double leadingDigitFloor(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        double digit = Math.floor(value / decade * (1 + 1e-12));
        return Math.max(1, digit) * decade;
    }

    /** The smallest d × 10^k (d = 1 … 10) at or above a positive value: 108,268 → 200,000, 0.693 → 0.7. */
    static double leadingDigitCeil(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        double digit = Math.ceil(value / decade * (1 - 1e-12));
        return Math.max(1, digit) * decade;
    }

    /**
     * A decimal pattern that shows values between {@code min} and {@code max} with about three significant
     * digits on the smaller one and thousands separators: "#,##0" from 100 up, "0.0##" around 1, "0.000###" for
     * 0.001 … — never XChart's fallback "3.884288793033149E-1".
     */
    static String decimalPattern(double min, double max) {
        double smallest = Math.min(Math.abs(min), Math.abs(max));
        if (smallest == 0) {
            smallest = Math.max(Math.abs(min), Math.abs(max));
        }
        if (smallest == 0 || smallest >= 100) {
            return "#,##0";
        }
        int places = Math.max(1, 2 - (int) Math.floor(Math.log10(smallest)));
        return "#,##0." + "0".repeat(Math.min(places, 12));
    }

    /**
     * A short, locale-independent rendering of a number for titles and legends: integers as integers, ordinary
     * magnitudes rounded to four significant digits ("0.05849", "247.3"), tiny or huge ones in scientific notation
     * ("1e-17", "2.5e6").
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e7) {
            return Long.toString((long) value);
        }
        return significant(value, 4, 1e-3, 1e7);
    }

    /** Like {@link #number(double)} with three significant digits and thousands separators, for level legends. */
    static String shortNumber(double value) {
        return significant(value, 3, 1e-2, 1e6);
    }

    /**
     * {@code value} rounded to {@code digits} significant digits; plain (with thousands separators) when
     * {@code low ≤ |value| < high}, otherwise as mantissa "e" exponent.
     */
    private static String significant(double value, int digits, double low, double high) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= low && magnitude < high) {
            DecimalFormat plain = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return plain.format(rounded);
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}
