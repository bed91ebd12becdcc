package nnbasics.guide;

import static nnbasics.guide.Text.f;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnbasics.charts.ConvergenceChart;
import nnbasics.charts.ErrorCurveChart;
import nnbasics.charts.ErrorSurfaceChart;
import nnbasics.charts.HousesChart;
import nnbasics.charts.PredictedActualChart;
import nnbasics.charts.TwinProofChart;
import nnbasics.handwritten.regression.ErrorRow;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;
import org.knowm.xchart.XYChart;

/** The guide's sections 1–6: numbers, console tables and pictures. */
final class RegressionPages {

    /** The widget's grid: 15 × 15 cells over weight [0, 0.4] × bias [0, 460]. */
    static final int GRID_CELLS = 15;

    private final GuideData data;
    private final Pictures pictures;

    RegressionPages(GuideData data, Pictures pictures) {
        this.data = data;
        this.pictures = pictures;
    }

    private double[] areas3() {
        return Arrays.copyOf(data.area(), GuideData.FIRST_HOUSES);
    }

    private double[] prices3() {
        return Arrays.copyOf(data.price(), GuideData.FIRST_HOUSES);
    }

    Section oneWeight() {
        RegressionSections.OneWeight s = RegressionSections.oneWeight(data);
        String console = f("  w = total price / total area = %.1f / %.0f = %.6f  ≈ %.3f ($1000 per sq ft)%n",
                Arrays.stream(prices3()).sum(), Arrays.stream(areas3()).sum(), s.weight(), s.roundedWeight())
                + f("  a 2000 sq ft house: 2000 × %.3f = %.0f  ($%,.0f)%n", s.roundedWeight(), s.prediction2000(),
                s.prediction2000() * 1000);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("weight", s.weight());
        figures.put("roundedWeight", s.roundedWeight());
        figures.put("prediction2000", s.prediction2000());
        List<Figure> drawn = List.of(
                pictures.chart("01-one-weight", HousesChart.chart(areas3(), prices3(), s.roundedWeight(), 0.0,
                        "Section 1: price = 0.180 × area"), "The three houses, the line price = 0.180 × area, "
                        + "and in yellow each house's error."));
        return new Section("1", "One weight: price = w × area",
                "The simplest model multiplies the area by one weight. The guide's first 'training' is an average: "
                        + "total price over total area.", console, figures, null, drawn);
    }

    Section errorTable() {
        double w = RegressionSections.oneWeight(data).roundedWeight();
        RegressionSections.ErrorTable table = RegressionSections.errorTable(data, w);
        StringBuilder console = new StringBuilder(f("  %6s  %8s  %10s  %8s  %9s%n", "area", "price",
                "prediction", "error", "error²"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ErrorRow row : table.rows()) {
            console.append(f("  %6.0f  %8.1f  %10.2f  %8.2f  %9.2f%n", row.features()[0], row.actual(),
                    row.prediction(), row.error(), row.squaredError()));
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("area", row.features()[0]);
            r.put("price", row.actual());
            r.put("prediction", row.prediction());
            r.put("error", row.error());
            r.put("squaredError", row.squaredError());
            rows.add(r);
        }
        console.append(f("  mean squared error at w = %.3f: %.2f  (the guide: \"2,058\")%n", w, table.mse()));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rows", rows);
        figures.put("mse", table.mse());
        double[][] curve = RegressionSections.errorCurve(data, 0.0, 0.4, 401);
        Figure figure = pictures.chart("02-error-vs-weight", ErrorCurveChart.chart(curve[0], curve[1],
                        List.of(new ErrorCurveChart.Mark("the average-price pick w = 0.180", w, table.mse())),
                        "Section 2: error against the weight (no bias)"),
                "The mean squared error of price = w × area for every weight: the average-price pick sits "
                        + "near the bottom, and no weight alone does much better.");
        return new Section("2", "Error: mean squared error",
                "How wrong is the line? Square each house's error and average: the mean squared error, "
                        + "with no factor ½.", console.toString(), figures, null, List.of(figure));
    }

    Section weightAndBias() {
        RegressionSections.WeightAndBias s = RegressionSections.weightAndBias(data);
        String console = f("  the dials start at w = 0.1, b = 150: error %.2f  (the guide: 799)%n", s.startMse())
                + f("  least squares: w = %.6f, b = %.3f, error %.2f  (the guide: 0.058488, 247.263, 447.29)%n",
                s.best().weights()[0], s.best().bias(), s.bestMse());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("startMse", s.startMse());
        figures.put("bestWeight", s.best().weights()[0]);
        figures.put("bestBias", s.best().bias());
        figures.put("bestMse", s.bestMse());
        Figure figure = pictures.chart("03-weight-and-bias", HousesChart.chart(areas3(), prices3(), List.of(
                        new HousesChart.Line("start: 0.1 × area + 150", 0.1, 150),
                        new HousesChart.Line(f("least squares: %.6f × area + %.3f", s.best().weights()[0],
                                s.best().bias()), s.best().weights()[0], s.best().bias())), 0,
                        "Section 3: weight and bias"),
                "The dials' starting line against the least-squares line, with the starting line's errors.");
        return new Section("3", "Weight and bias: price = w × area + b",
                "A bias lets the line leave the origin. Turning two dials, the reader can bring the error from 799 "
                        + "down to the least-squares 447.29.", console, figures, null, List.of(figure));
    }

    Section automation(TwinRun run) {
        RegressionSections.ErrorSurface surface = RegressionSections.errorSurface(data, GRID_CELLS);
        String console = twinLines(run, List.of("w", "b"))
                + f("  loss at the end: hand %.4f, DL4J %.4f (the guide: ≈ 447.29)%n",
                run.trace().handLoss()[run.steps()], run.trace().dl4jLoss()[run.steps()]);
        Map<String, Object> figures = twinFigures(run);
        List<Figure> drawn = List.of(
                pictures.grid("04-gradient-descent", List.of(
                        ConvergenceChart.loss(run.trace().handLoss(), run.trace().dl4jLoss(),
                                "Section 4: error after each step, both engines"),
                        proofChart(run, "The proof: twin difference per step")), 1,
                        "Error per step for the hand-written engine and DL4J (they overlap), and under it the "
                                + "proof: each step of the hand-written engine from DL4J's state against DL4J's "
                                + "(dots, held to the red bound) and the two engines running free (grey)."),
                pictures.chart("05-error-surface", ErrorSurfaceChart.chart(surface.weights(), surface.biases(),
                        surface.mse(), run.trace().handParameter(0), run.trace().handParameter(1),
                        "Section 4: error over weight × bias, the descent path"),
                        "The widget's 15 × 15 grid of weight × bias coloured by error, with the path gradient "
                                + "descent takes from (0, 0) to the least-squares point."));
        return new Section("4", "Automation: gradient descent",
                "Gradient descent turns the dials for us: from (0, 0), with the widget's rates (1e−8 for the "
                        + "weight, 1 for the bias, on ½·MSE; 5e−9 and 0.5 on MSE), thousands of steps reach the "
                        + "least-squares line. Both engines take every step together.", console, figures,
                run.proof(), drawn);
    }

    Section twoVariables(TwinRun run) {
        double atZero = RegressionSections.twoVariablesAtZero(data);
        String console = f("  error at zero: %.2f  (the guide: ≈ 108,268)%n", atZero)
                + twinLines(run, List.of("w1 (area)", "w2 (bathrooms)", "b"))
                + f("  loss at the end: hand %.4f, DL4J %.4f (the guide: ≈ 1406.05)%n",
                run.trace().handLoss()[run.steps()], run.trace().dl4jLoss()[run.steps()]);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("mseAtZero", atZero);
        figures.putAll(twinFigures(run));
        RegressionData ten = data.tenHouses();
        double[] fitted = new LinearModel(Arrays.copyOf(run.hand(), 2), run.hand()[2]).predict(ten.features());
        List<Figure> drawn = List.of(
                pictures.grid("06-two-variables", List.of(
                        ConvergenceChart.loss(run.trace().handLoss(), run.trace().dl4jLoss(),
                                "Section 5: error after each step, both engines"),
                        proofChart(run, "Twin difference per step")), 1,
                        "Two variables: the error per step for both engines, and the proof: each step from "
                                + "DL4J's state (dots, held to the bound) and the engines running free (grey)."),
                pictures.chart("06-predicted-vs-actual", PredictedActualChart.chart(ten.targets(), fitted,
                        "Section 5: predicted against actual price ($1000)"),
                        "Each house's predicted price against its actual price; on the diagonal is perfect."));
        return new Section("5", "Two variables: price = w1 × area + w2 × bathrooms + b",
                "With all ten houses and a second feature, three dials; the same buttons with rates 1e−8, 0.01 "
                        + "and 1 (on ½·MSE) converge to the least-squares fit.", console, figures,
                run.proof(), drawn);
    }

    Section features(TwinRun run) {
        String console = "  both features standardised (z-scores), one rate 0.1 for every parameter:\n"
                + twinLines(run, List.of("w1 (z area)", "w2 (z bathrooms)", "b"));
        return new Section("6", "Features",
                "Any number of numeric columns can be features, one weight each plus a bias. Standardising them "
                        + "lets one learning rate serve all: the same fit in " + run.steps() + " steps instead of "
                        + "tens of thousands.", console, twinFigures(run), run.proof(), List.of(
                pictures.grid("06-features", List.of(
                        ConvergenceChart.loss(run.trace().handLoss(), run.trace().dl4jLoss(),
                                "Section 6: standardised features, error after each step"),
                        proofChart(run, "Twin difference per step")), 1,
                        "Standardised features: one rate for every parameter reaches the fit in "
                                + run.steps() + " steps; the proof under it (each step from DL4J's state, dots; "
                                + "the engines running free, grey).")));
    }

    private static String twinLines(TwinRun run, List<String> names) {
        StringBuilder s = new StringBuilder(f("  %d steps in lock-step:%n  %-18s  %22s  %22s  %22s%n", run.steps(),
                "", "hand", "DL4J", "closed form"));
        for (int i = 0; i < names.size(); i++) {
            s.append(f("  %-18s  %22.15g  %22.15g  %22.15g%n", names.get(i), run.hand()[i], run.dl4j()[i],
                    run.closedForm()[i]));
        }
        return s.append(Text.proof(run.proof())).toString();
    }

    /** The step proof per update with its bound, and the trajectory per step. */
    static XYChart proofChart(TwinRun run, String title) {
        return TwinProofChart.chart(run.trace().stepProof(), run.trace().difference(), run.stepBound(), title);
    }

    private static Map<String, Object> twinFigures(TwinRun run) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("steps", run.steps());
        figures.put("hand", run.hand());
        figures.put("dl4j", run.dl4j());
        figures.put("closedForm", run.closedForm());
        figures.put("handFinalLoss", run.trace().handLoss()[run.steps()]);
        figures.put("dl4jFinalLoss", run.trace().dl4jLoss()[run.steps()]);
        return figures;
    }
}
