package nnbasics.dl4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.datavec.api.records.reader.impl.csv.CSVRecordReader;
import org.datavec.api.split.FileSplit;
import org.deeplearning4j.datasets.datavec.RecordReaderDataSetIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Decimal cells reach ND4J with every digit; the DataVec iterator that would round them is pinned too. */
class CsvMatrixTest {

    /** The first rows of the iris data (data/iris.csv): one decimal each, none of them exact in binary. */
    private static final String IRIS = "sepal_length,sepal_width,petal_length,petal_width,species\n"
            + "5.1,3.5,1.4,0.2,setosa\n4.9,3.0,1.4,0.2,setosa\n7.0,3.2,4.7,1.4,versicolor\n6.3,3.3,6.0,2.5,virginica\n";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("iris.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void everyDecimalCellIsTheDoubleJavaParses() throws IOException {
        INDArray m = CsvMatrix.read(write(IRIS), List.of("sepal_length", "petal_width"), "species",
                List.of("setosa", "versicolor", "virginica"));
        assertEquals(DataType.DOUBLE, m.dataType());
        // expected: Double.parseDouble of the cell, exactly (what the hand-written Table reads)
        assertEquals(5.1, m.getDouble(0, 0), 0.0, "row 1, sepal_length");
        assertEquals(0.2, m.getDouble(0, 1), 0.0, "row 1, petal_width");
        assertEquals(2.5, m.getDouble(3, 1), 0.0, "row 4, petal_width");
        // one-hot in class order: row 3 is versicolor (class 1), row 4 virginica (class 2)
        assertEquals(1.0, m.getDouble(2, 3), 0.0);
        assertEquals(1.0, m.getDouble(3, 4), 0.0);
        assertEquals(0.0, m.getDouble(3, 2) + m.getDouble(3, 3), 0.0);
    }

    /**
     * Why CsvMatrix does not use {@code RecordReaderDataSetIterator}: in M2.1 its features are FLOAT even with
     * DOUBLE as the default type, so 5.1 becomes 5.099999904632568 (the float nearest 5.1). If an upgrade fixes
     * this, the test fails and the iterator may come back.
     */
    @Test
    void dataVecsIteratorRoundsToFloat() throws Exception {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        Path file = write("a,label\n5.1,0\n4.9,1\n");
        try (CSVRecordReader reader = new CSVRecordReader(1, ',')) {
            reader.initialize(new FileSplit(new File(file.toString())));
            INDArray features = new RecordReaderDataSetIterator(reader, 2, 1, 2).next().getFeatures();
            assertEquals(DataType.FLOAT, features.dataType(), "the iterator's features are single precision");
            assertEquals((double) 5.1f, features.getDouble(0, 0), 0.0);
            assertNotEquals(5.1, features.getDouble(0, 0));
        }
    }
}
