package nnbasics.charts;

import java.util.List;
import nnbasics.charts.NetworkDiagram.Text;

/**
 * The weight matrices under a {@link NetworkDiagram} with a hidden layer, as lines of text: a table per layer, its
 * heading, the column names, then one row per input with the bias vector as the last row, numbers right-aligned.
 */
final class WeightTables {

    /** Height of a line of a table. */
    static final double ROW = 20;
    /** Width of the row names' column. */
    static final double NAME_WIDTH = 96;
    /** Width of a number's column. */
    static final double COLUMN = 88;
    /** Where the first table (W₁) starts. */
    static final double FIRST_X = 24;
    /** Where the second table (W₂) starts. */
    static final double SECOND_X = 580;

    private WeightTables() {
    }

    /** The height of two tables whose longer one has {@code rows} rows of weights: heading, names, rows, bias. */
    static double height(int rows) {
        return ROW * (3 + rows + 1) + 8;
    }

    /** Adds one table's lines, its top at {@code top} and its left side at {@code x}. */
    static void table(List<Text> lines, double x, double top, String heading, List<String> rowNames,
                              List<String> columnNames, double[][] w, double[] b, String biasName) {
        lines.add(new Text(heading, x, top + ROW, true, false, 0));
        for (int c = 0; c < columnNames.size(); c++) {
            lines.add(new Text(columnNames.get(c), x + NAME_WIDTH + (c + 1) * COLUMN,
                    top + 2 * ROW, false, true, 0));
        }
        for (int r = 0; r <= rowNames.size(); r++) {
            double y = top + (3 + r) * ROW;
            double[] row = r < rowNames.size() ? w[r] : b;
            lines.add(new Text(r < rowNames.size() ? rowNames.get(r) : biasName, x, y, false, false, 0));
            for (int c = 0; c < row.length; c++) {
                lines.add(new Text(DiagramLabels.value(row[c]), x + NAME_WIDTH + (c + 1) * COLUMN, y, false, true,
                        row[c] < 0 ? -1 : 1));
            }
        }
    }
}
