package nnbasics.compare.regression;

import java.nio.file.Path;
import java.util.List;
import nnbasics.compare.EngineChoice;
import nnbasics.handwritten.regression.RegressionData;

/**
 * Everything a linear fit needs, already validated.
 *
 * @param data         the CSV file (the DL4J side reads it with DataVec)
 * @param target       the target column
 * @param features     the feature names, in column order of {@code x}
 * @param raw          x and y in raw units as the hand-written reader read them (the first rows only when
 *                     {@code --rows} is given), held column by column; null when the hand-written engine does not
 *                     run, so that a large file is not held twice for DL4J alone
 * @param rows         the number of data rows used, N
 * @param engine       which engine(s) to run
 * @param method       gradient descent or the normal equations
 * @param weightRates  one learning rate per weight, on MSE without ½ (gradient descent only)
 * @param biasRate     the bias's learning rate
 * @param rateText     the learning rate as the user gave it, for messages
 * @param steps        the number of full-batch updates (gradient descent only)
 * @param standardize  train on z-scores and map the weights back to raw units
 */
public record FitRequest(Path data, String target, List<String> features, RegressionData raw, int rows,
                         EngineChoice engine, Method method, double[] weightRates, double biasRate, String rateText,
                         int steps, boolean standardize) {
}
