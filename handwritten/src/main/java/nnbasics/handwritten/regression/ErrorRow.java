package nnbasics.handwritten.regression;

import java.util.Arrays;
import java.util.Objects;

/**
 * One row of the guide's error table (section 2): for the first house at w = 0.180, actual 399.9, prediction
 * 378.72, error 21.18, squared error 448.59.
 *
 * @param features     the example's features
 * @param actual       y, the true value
 * @param prediction   ŷ, the model's value
 * @param error        y − ŷ (positive when the model predicts too little)
 * @param squaredError (y − ŷ)²
 */
public record ErrorRow(double[] features, double actual, double prediction, double error, double squaredError) {

    public ErrorRow {
        features = features.clone();
    }

    /** @return a copy of the features */
    @Override
    public double[] features() {
        return features.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ErrorRow that && Arrays.equals(features, that.features)
                && Double.compare(actual, that.actual) == 0 && Double.compare(prediction, that.prediction) == 0
                && Double.compare(error, that.error) == 0 && Double.compare(squaredError, that.squaredError) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(features), actual, prediction, error, squaredError);
    }

    @Override
    public String toString() {
        return "ErrorRow[features=" + Arrays.toString(features) + ", actual=" + actual + ", prediction=" + prediction
                + ", error=" + error + ", squaredError=" + squaredError + "]";
    }
}
