package nnbasics.compare.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The {@code --lr auto} rate of a linear fit against hand-computed traces of the MSE's Hessian. */
class RegressionAutoRateTest {

    @Test
    void rawFeaturesGiveOneOverTheTrace() {
        // rows x = 1 and x = 3: tr(H) = (2/2)·((1 + 1) + (9 + 1)) = 12, so η = 1/12 (closed form)
        assertEquals(1.0 / 12, RegressionAutoRate.of(new double[][] {{1}, {3}}, false), 0.0);
        // two features, rows (1, 2) and (0, 1): tr(H) = (2/2)·((1 + 4 + 1) + (0 + 1 + 1)) = 8
        assertEquals(1.0 / 8, RegressionAutoRate.of(new double[][] {{1, 2}, {0, 1}}, false), 0.0);
    }

    @Test
    void zScoresNeedNoRows() {
        // p = 2 z-scored features: tr(H) = 2(p + 1) = 6
        assertEquals(1.0 / 6, RegressionAutoRate.of(new double[][] {{0, 0}}, true), 0.0);
        assertEquals(1.0 / 6, RegressionAutoRate.ofColumns(new double[2][1], true), 0.0);
    }

    @Test
    void columnsGiveTheSameBitsAsRows() {
        double[][] rows = {{2104, 3}, {1600, 3}, {2400, 3}, {1416, 2}, {3000, 4}};   // the guide's houses
        double[][] columns = new double[2][rows.length];
        for (int i = 0; i < rows.length; i++) {
            columns[0][i] = rows[i][0];
            columns[1][i] = rows[i][1];
        }
        assertEquals(RegressionAutoRate.of(rows, false), RegressionAutoRate.ofColumns(columns, false), 0.0,
                "the same sums in the same order");
    }
}
