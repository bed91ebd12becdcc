package nnbasics.handwritten.regression;

/**
 * The guide's first "training" (section 1): the average price per square foot, used as the one weight of
 * price = w · area. For the first three houses, 1098.8 / 6104 ≈ 0.180 ($1000 per sq ft).
 */
public final class AverageRate {

    private AverageRate() {
    }

    /**
     * @param areas  the areas, one per house
     * @param prices the prices, one per house (same order)
     * @return w = Σ price / Σ area
     * @throws IllegalArgumentException if the arrays are empty, differ in length, or the areas sum to zero
     */
    public static double weight(double[] areas, double[] prices) {
        if (areas.length == 0 || areas.length != prices.length) {
            throw new IllegalArgumentException("expected as many prices as areas (at least one), got "
                    + prices.length + " and " + areas.length);
        }
        double totalArea = 0;
        double totalPrice = 0;
        for (int i = 0; i < areas.length; i++) {
            totalArea += areas[i];                     // Σ area
            totalPrice += prices[i];                   // Σ price
        }
        if (totalArea == 0) {
            throw new IllegalArgumentException("the areas sum to zero: there is no average price per unit of area");
        }
        return totalPrice / totalArea;                 // w = Σ price / Σ area
    }
}
