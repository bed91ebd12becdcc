package nnbasics.handwritten.regression;

import java.nio.file.Path;
import java.util.List;

import nnbasics.handwritten.data.Table;

/** The guide's houses, read from data/houses.csv, with prices in $1000 as the guide works. */
final class Houses {

    private Houses() {
    }

    static Table table() {
        String property = System.getProperty("nnbasics.dataDir");
        Path dataDir = property != null ? Path.of(property) : Path.of("..", "data");
        return Table.read(dataDir.resolve("houses.csv"));
    }

    /** @return price in $1000 = price in $ / 1000 */
    static double[] pricesInThousands(Table table) {
        double[] prices = table.numericColumn("price");
        for (int i = 0; i < prices.length; i++) {
            prices[i] /= 1000;
        }
        return prices;
    }

    /** Sections 1–4: area only, the first three houses. */
    static RegressionData areaOfFirstThree() {
        Table table = table();
        return new RegressionData(table.numericColumns(List.of("area")), pricesInThousands(table)).firstRows(3);
    }

    /** Section 5: area and bathrooms, all ten houses. */
    static RegressionData areaAndBathrooms() {
        Table table = table();
        return new RegressionData(table.numericColumns(List.of("area", "bathrooms")), pricesInThousands(table));
    }

    /** @return the largest of |a_j − b_j| / |b_j| over the weights and the bias */
    static double largestRelativeDifference(LinearModel a, LinearModel b) {
        double[] wa = a.weights();
        double[] wb = b.weights();
        double largest = Math.abs(a.bias() - b.bias()) / Math.abs(b.bias());
        for (int j = 0; j < wa.length; j++) {
            largest = Math.max(largest, Math.abs(wa[j] - wb[j]) / Math.abs(wb[j]));
        }
        return largest;
    }
}
