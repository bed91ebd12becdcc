package nnbasics.dl4j.regression;

import java.nio.file.Path;
import java.util.List;

import nnbasics.dl4j.data.CsvException;
import java.util.function.LongConsumer;
import nnbasics.dl4j.data.NumericCsv;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A regression CSV file read the DataVec way ({@link NumericCsv}, one pass): features x [N, n] in the order asked for and
 * the target y [N, 1], in double precision. The twin of the hand-written {@code Table} + {@code numericColumns}.
 *
 * @param features x, [N, n]
 * @param targets  y, [N, 1]
 */
public record RegressionCsv(INDArray features, INDArray targets) {

    /**
     * @param rows the first rows to keep, or null for all
     * @throws CsvException for a missing file or column, or a cell that is not a finite number
     */
    public static RegressionCsv read(Path file, List<String> featureColumns, String targetColumn, Integer rows) {
        return read(file, featureColumns, targetColumn, rows, bytes -> { });
    }

    /**
     * The same, in one streaming pass straight into x and y ({@link NumericCsv}), telling {@code bytesRead} how far
     * it got.
     */
    public static RegressionCsv read(Path file, List<String> featureColumns, String targetColumn, Integer rows,
                                     LongConsumer bytesRead) {
        List<INDArray> xy = NumericCsv.read(file, List.of(featureColumns, List.of(targetColumn)), rows, bytesRead);
        return new RegressionCsv(xy.get(0), xy.get(1));
    }
}
