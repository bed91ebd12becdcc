package nnbasics.dl4j.regression;

import java.nio.file.Path;
import java.util.List;

import nnbasics.dl4j.data.CsvException;
import nnbasics.dl4j.data.CsvMatrix;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A regression CSV file read the DataVec way ({@link CsvMatrix}): features x [N, n] in the order asked for and
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
        List<String> columns = new java.util.ArrayList<>(featureColumns);
        columns.add(targetColumn);
        INDArray all = CsvMatrix.read(file, columns, null, List.of());
        long n = featureColumns.size();
        long count = rows == null ? all.rows() : Math.min(rows, all.rows());
        INDArray x = all.get(NDArrayIndex.interval(0, count), NDArrayIndex.interval(0, n)).dup();
        INDArray y = all.get(NDArrayIndex.interval(0, count), NDArrayIndex.interval(n, n + 1)).dup();
        return new RegressionCsv(x, y);
    }
}
