package nnbasics.handwritten.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    /** A ratio of small integers, rounded once. */
    private static final double ONE_DIVISION = 1e-15;

    /** Predicts class 1 ("up") when x > 0: logits [0, x]. */
    private static final SoftmaxModel SIGN = new SoftmaxModel(new double[][] {{0, 1}}, new double[] {0, 0});

    @Test
    void countsActualAgainstPredictedOnAHandMadeCase() {
        // by hand:           x  = −2    1     2     −1    3
        //                actual = down  down  down  up    up
        //             predicted = down  up    up    down  up
        ClassificationData data = new ClassificationData(new double[][] {{-2}, {1}, {2}, {-1}, {3}},
                new int[] {0, 0, 0, 1, 1}, List.of("down", "up"));
        ConfusionMatrix matrix = Evaluation.evaluate(SIGN, data);
        assertEquals(List.of("down", "up"), matrix.classes(), "classes");
        assertArrayEquals(new int[] {1, 2}, matrix.counts()[0], "actual down: predicted down, up");
        assertArrayEquals(new int[] {1, 1}, matrix.counts()[1], "actual up: predicted down, up");
        assertEquals(5, matrix.total(), "total");
        // by hand: 1 + 1 correct of 5
        assertEquals(2.0 / 5, matrix.accuracy(), ONE_DIVISION, "accuracy");
    }

    @Test
    void accuracyIsTheDiagonalOverTheTotal() {
        ConfusionMatrix matrix = new ConfusionMatrix(List.of("a", "b", "c"),
                new int[][] {{5, 1, 0}, {2, 7, 1}, {0, 0, 4}});
        assertEquals(20, matrix.total(), "total");
        // by hand: (5 + 7 + 4) / 20
        assertEquals(16.0 / 20, matrix.accuracy(), ONE_DIVISION, "accuracy");
    }

    @Test
    void keepsItsOwnCopyOfTheCounts() {
        int[][] counts = {{1, 0}, {0, 1}};
        ConfusionMatrix matrix = new ConfusionMatrix(List.of("a", "b"), counts);
        counts[0][1] = 9;
        matrix.counts()[1][0] = 9;
        assertEquals(new ConfusionMatrix(List.of("a", "b"), new int[][] {{1, 0}, {0, 1}}), matrix,
                "the matrix after changing the arrays it was made from and gave out");
    }

    @Test
    void rejectsBadShapesNegativeCountsAndAnEmptyAccuracy() {
        assertThrows(IllegalArgumentException.class,
                () -> new ConfusionMatrix(List.of("a", "b"), new int[][] {{1, 0}}), "one row for two classes");
        assertThrows(IllegalArgumentException.class,
                () -> new ConfusionMatrix(List.of("a", "b"), new int[][] {{1, 0}, {0}}), "a short row");
        assertThrows(IllegalArgumentException.class,
                () -> new ConfusionMatrix(List.of("a", "b"), new int[][] {{1, -1}, {0, 0}}), "a negative count");
        ConfusionMatrix empty = new ConfusionMatrix(List.of("a", "b"), new int[2][2]);
        assertThrows(IllegalStateException.class, empty::accuracy, "accuracy of nothing");
    }
}
