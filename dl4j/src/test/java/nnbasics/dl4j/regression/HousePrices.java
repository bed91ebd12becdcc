package nnbasics.dl4j.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.datavec.api.records.reader.impl.csv.CSVRecordReader;
import org.datavec.api.split.FileSplit;
import org.deeplearning4j.datasets.datavec.RecordReaderDataSetIterator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The guide's houses (data/houses.csv) read the DataVec way; every call returns fresh arrays. */
final class HousePrices {

    /** The guide works in $1000; the file has dollars. */
    private static final double DOLLARS_PER_UNIT = 1000;
    private static final String EXPECTED_HEADER = "area,bathrooms,price";
    private static final int PRICE_COLUMN = 2;
    /** Larger than the file, so one batch holds every house. */
    private static final int BATCH_SIZE = 100;

    private HousePrices() {
    }

    static Path file() {
        String dir = System.getProperty("nnbasics.dataDir");
        return (dir != null ? Path.of(dir) : Path.of("..", "data")).resolve("houses.csv");
    }

    /** All ten houses: features [10, 2] (area, bathrooms), prices [10, 1] in $1000. */
    static DataSet tenHouses() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        Path file = file();
        try {
            assertEquals(EXPECTED_HEADER, Files.readAllLines(file).get(0).trim(), "header of " + file);
            try (CSVRecordReader reader = new CSVRecordReader(1, ',')) {              // skip the header line
                reader.initialize(new FileSplit(file.toFile()));
                RecordReaderDataSetIterator iterator = new RecordReaderDataSetIterator(
                        reader, BATCH_SIZE, PRICE_COLUMN, PRICE_COLUMN, true);     // regression: price is the label
                DataSet all = iterator.next();
                INDArray features = all.getFeatures().castTo(DataType.DOUBLE).dup();
                INDArray prices = all.getLabels().castTo(DataType.DOUBLE).div(DOLLARS_PER_UNIT);
                return new DataSet(features, prices);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        }
    }

    /** Sections 1–4: the first three houses, area only: features [3, 1], prices [3, 1] in $1000. */
    static DataSet threeHousesByArea() {
        DataSet ten = tenHouses();
        INDArrayIndex firstThree = NDArrayIndex.interval(0, 3);
        INDArrayIndex areaOnly = NDArrayIndex.interval(0, 1);
        return new DataSet(ten.getFeatures().get(firstThree, areaOnly).dup(), ten.getLabels().get(firstThree, NDArrayIndex.all()).dup());
    }

    /** Row-major copy of a [N, n] array, for the plain-Java loops in the tests. */
    static double[][] rowsOf(INDArray matrix) {
        return matrix.toDoubleMatrix();
    }

    /** Copy of a [N, 1] or [N] array. */
    static double[] valuesOf(INDArray vector) {
        return vector.dup().reshape(vector.length()).toDoubleVector();
    }
}
