package nnbasics.dl4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nnbasics.dl4j.classification.LabelledCsv;
import nnbasics.dl4j.regression.RegressionCsv;

/**
 * Fuzzes the DataVec-side CSV reader, as {@code classify} (labelled) and {@code fit} (numeric) use it: any bytes in
 * a file either read as a well-formed matrix, or fail with a {@link CsvException} whose message is one line without
 * Java internals. Any other exception is a finding.
 *
 * <p>The file's own header names the columns asked for: all but the last are features, the last is the label (the
 * class names are those of data/houses-labelled.csv, data/iris.csv and data/houses-three-classes.csv) or, for the
 * regression read, the target. Regression mode (every {@code mvn test}) runs the committed inputs in
 * {@code src/test/resources/nnbasics/dl4j/data/CsvMatrixFuzzTestInputs/readAnyBytes/}; fuzzing mode:
 * {@code JAZZER_FUZZ=1 mvn -B test -pl dl4j -Dtest=CsvMatrixFuzzTest -Djazzer.max_duration=10m}.
 */
class CsvMatrixFuzzTest {

    private static final List<String> CLASSES = List.of("good", "bad", "setosa", "versicolor", "virginica",
            "cheap", "mid", "expensive");

    private static Path folder;

    @BeforeAll
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("csv-matrix-fuzz");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        Files.deleteIfExists(folder.resolve("input.csv"));
        Files.deleteIfExists(folder);
    }

    @FuzzTest(maxDuration = "30s")
    void readAnyBytes(byte[] input) throws IOException {
        Path file = Files.write(folder.resolve("input.csv"), input);
        List<String> header;
        try {
            header = CsvMatrix.header(file);
        } catch (CsvException e) {
            UserMessages.assertUserFacing(e.getMessage());
            return;
        }
        assertEquals(header.size(), new HashSet<>(header).size(), "the header has a repeated name: " + header);
        if (header.size() < 2) {
            return;
        }
        List<String> features = header.subList(0, header.size() - 1);
        String last = header.get(header.size() - 1);
        try {
            DataSet labelled = LabelledCsv.read(file, features, last, CLASSES);
            assertFinite(labelled.getFeatures(), features.size());
            INDArray labels = labelled.getLabels();
            assertEquals(CLASSES.size(), labels.columns(), "one-hot width");
            for (int i = 0; i < labels.rows(); i++) {
                assertEquals(1.0, labels.getRow(i).sumNumber().doubleValue(), 0.0, "one-hot row " + i);
            }
        } catch (CsvException e) {
            UserMessages.assertUserFacing(e.getMessage());
        }
        try {
            RegressionCsv numeric = RegressionCsv.read(file, features, last, null);
            assertFinite(numeric.features(), features.size());
            assertFinite(numeric.targets(), 1);
            assertEquals(numeric.features().rows(), numeric.targets().rows(), "rows of x and y");
        } catch (CsvException e) {
            UserMessages.assertUserFacing(e.getMessage());
        }
    }

    /**
     * The one-pass reader {@code fit} uses on the DataVec side against {@link CsvMatrix}, the two-pass reference: on
     * any bytes the same message, or the same matrix, each value with the same bits.
     */
    @FuzzTest(maxDuration = "30s")
    void numericCsvReadsAsCsvMatrix(byte[] input) throws IOException {
        Path file = Files.write(folder.resolve("input.csv"), input);
        List<String> header;
        try {
            header = CsvMatrix.header(file);
        } catch (CsvException e) {
            UserMessages.assertUserFacing(e.getMessage());
            return;
        }
        if (header.size() < 2 || header.size() != new HashSet<>(header).size()) {
            return;
        }
        List<String> features = header.subList(0, header.size() - 1);
        List<String> target = List.of(header.get(header.size() - 1));
        INDArray all;
        try {
            all = CsvMatrix.read(file, header, null, List.of());
        } catch (CsvException expected) {
            CsvException actual = org.junit.jupiter.api.Assertions.assertThrows(CsvException.class,
                    () -> NumericCsv.read(file, List.of(features, target), null, bytes -> { }));
            assertEquals(expected.getMessage(), actual.getMessage());
            return;
        }
        List<INDArray> xy = NumericCsv.read(file, List.of(features, target), null, bytes -> { });
        assertEquals(all.rows(), xy.get(0).rows(), "rows");
        for (int i = 0; i < all.rows(); i++) {
            for (int c = 0; c < header.size(); c++) {
                double streamed = c < features.size() ? xy.get(0).getDouble(i, c) : xy.get(1).getDouble(i, 0);
                assertEquals(Double.doubleToRawLongBits(all.getDouble(i, c)), Double.doubleToRawLongBits(streamed),
                        "row " + i + " column " + header.get(c));
            }
        }
    }

    private static void assertFinite(INDArray matrix, int columns) {
        assertTrue(matrix.rows() >= 1, "no rows");
        assertEquals(columns, matrix.columns(), "columns");
        for (double value : matrix.data().asDouble()) {
            assertTrue(Double.isFinite(value), "a numeric cell read as " + value);
        }
    }
}
