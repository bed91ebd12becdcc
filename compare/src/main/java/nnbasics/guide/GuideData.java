package nnbasics.guide;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.regression.RegressionData;

/**
 * The guide's houses, read from {@code data/houses.csv}: area (sq ft), bathrooms, and price in $1000 as the guide
 * quotes it (the file holds dollars).
 *
 * @param dir       the data folder
 * @param area      sq ft, ten houses
 * @param bathrooms count, ten houses
 * @param price     $1000, ten houses
 */
public record GuideData(Path dir, double[] area, double[] bathrooms, double[] price) {

    /** Sections 1–4 use the first three houses. */
    public static final int FIRST_HOUSES = 3;

    public static GuideData load(Path dir) {
        Table houses = Table.read(dir.resolve("houses.csv"));
        double[] dollars = houses.numericColumn("price");
        double[] thousands = new double[dollars.length];
        for (int i = 0; i < dollars.length; i++) {
            thousands[i] = dollars[i] / 1000.0;
        }
        return new GuideData(dir, houses.numericColumn("area"), houses.numericColumn("bathrooms"), thousands);
    }

    /** Area → price of the first three houses. */
    public RegressionData threeHouses() {
        double[][] x = new double[FIRST_HOUSES][];
        for (int i = 0; i < FIRST_HOUSES; i++) {
            x[i] = new double[] {area[i]};
        }
        return new RegressionData(x, Arrays.copyOf(price, FIRST_HOUSES));
    }

    /** Area and bathrooms → price of all ten houses. */
    public RegressionData tenHouses() {
        double[][] x = new double[area.length][];
        for (int i = 0; i < area.length; i++) {
            x[i] = new double[] {area[i], bathrooms[i]};
        }
        return new RegressionData(x, price.clone());
    }

    public Path labelled() {
        return dir.resolve("houses-labelled.csv");
    }

    public static final List<String> FEATURES = List.of("area", "bathrooms");
}
