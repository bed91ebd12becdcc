package nnbasics.dl4j.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import nnbasics.dl4j.data.CsvException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.datavec.api.records.reader.impl.csv.CSVRecordReader;
import org.datavec.api.records.reader.impl.transform.TransformProcessRecordReader;
import org.datavec.api.split.FileSplit;
import org.datavec.api.transform.TransformProcess;
import org.datavec.api.transform.metadata.DoubleMetaData;
import org.datavec.api.transform.schema.Schema;
import org.datavec.api.writable.Text;
import org.deeplearning4j.datasets.datavec.RecordReaderDataSetIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

class LabelledCsvTest {

    private static final String HEADER = "area,bathrooms,label\n";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("houses.csv");
        Files.writeString(file, text);
        return file;
    }

    private CsvException readFails(String text) throws IOException {
        Path file = write(text);
        return assertThrows(CsvException.class,
                () -> LabelledCsv.read(file, Houses.FEATURES, Houses.LABEL, Houses.CLASSES));
    }

    @Test
    void readsTheTenHousesOfTheGuide() {
        DataSet houses = Houses.labelled();
        // The guide's data table (section 7 labels); the same rows as data/houses-labelled.csv.
        double[][] expectedFeatures = {
            {2104, 3}, {1600, 3}, {2400, 3}, {1416, 2}, {3000, 4}, {1985, 4}, {1534, 3}, {1427, 3}, {1380, 3},
            {1494, 3}};
        String[] expectedLabels = {"good", "good", "good", "bad", "bad", "good", "bad", "good", "good", "good"};
        assertEquals(DataType.DOUBLE, houses.getFeatures().dataType(), "features are not double");
        assertEquals(DataType.DOUBLE, houses.getLabels().dataType(), "labels are not double");
        double[][] features = houses.getFeatures().toDoubleMatrix();
        double[][] labels = houses.getLabels().toDoubleMatrix();
        assertEquals(10, features.length, "number of houses");
        for (int i = 0; i < 10; i++) {
            assertArrayEquals(expectedFeatures[i], features[i], 0.0, "house " + (i + 1) + ": area, bathrooms");
            // One-hot in the order of the class names (bad, good): bad = (1, 0), good = (0, 1).
            double[] oneHot = expectedLabels[i].equals("good") ? new double[] {0, 1} : new double[] {1, 0};
            assertArrayEquals(oneHot, labels[i], 0.0, "house " + (i + 1) + ": one-hot label " + expectedLabels[i]);
        }
    }

    @Test
    void labelsMatchTheFileReadAsPlainText() throws IOException {
        // The reference: the file's own lines split at commas, without DataVec.
        List<String> lines = Files.readAllLines(Houses.labelledFile());
        double[][] labels = Houses.labelled().getLabels().toDoubleMatrix();
        assertEquals(lines.size() - 1, labels.length, "one example per data line");
        for (int i = 0; i < labels.length; i++) {
            String label = lines.get(i + 1).split(",")[2];
            int k = Houses.CLASSES.indexOf(label);
            assertEquals(1.0, labels[i][k], 0.0, "line " + (i + 2) + ": label " + label);
            assertEquals(1.0, labels[i][0] + labels[i][1], 0.0, "line " + (i + 2) + ": not one-hot");
        }
    }

    @Test
    void featuresComeInTheOrderAskedForAndOtherColumnsAreDropped() throws IOException {
        Path file = write("price,label,area,bathrooms\n399900,good,2104,3\n232000,bad,1416,2\n");
        DataSet data = LabelledCsv.read(file, List.of("bathrooms", "area"), "label", List.of("bad", "good"));
        // The two lines of the file, features (bathrooms, area), classes (bad, good).
        assertArrayEquals(new double[][] {{3, 2104}, {2, 1416}}, data.getFeatures().toDoubleMatrix(),
                "features in the order bathrooms, area");
        assertArrayEquals(new double[][] {{0, 1}, {1, 0}}, data.getLabels().toDoubleMatrix(),
                "one-hot in the order bad, good");
    }

    @Test
    void aLabelNotAmongTheClassesNamesFileLineAndColumn() throws IOException {
        CsvException e = readFails(HEADER + "2104,3,good\n1600,3,ugly\n");
        assertEquals(dir.resolve("houses.csv") + ":3: column \"label\" (3): expected one of bad, good, found \"ugly\"",
                e.getMessage(), "message for an unknown label");
    }

    @Test
    void labelsAreNotTrimmed() throws IOException {
        CsvException e = readFails(HEADER + "2104,3, good\n");
        assertTrue(e.getMessage().endsWith(":2: column \"label\" (3): expected one of bad, good, found \" good\""),
                "message for a label with a leading space: " + e.getMessage());
    }

    @Test
    void aNonNumericFeatureNamesFileLineAndColumn() throws IOException {
        CsvException e = readFails(HEADER + "2104,3,good\n1600,abc,bad\n");
        assertEquals(dir.resolve("houses.csv") + ":3: column \"bathrooms\" (2): expected a finite number, found \"abc\"",
                e.getMessage(), "message for a non-numeric cell");
    }

    @Test
    void emptyNanAndInfiniteFeaturesAreRejected() throws IOException {
        for (String cell : List.of("", "NaN", "Infinity", "-Infinity")) {
            CsvException e = readFails(HEADER + "2104,3,good\n" + cell + ",3,bad\n");
            assertTrue(e.getMessage().endsWith(":3: column \"area\" (1): expected a finite number, found \"" + cell
                    + "\""), "message for area \"" + cell + "\": " + e.getMessage());
        }
    }

    @Test
    void aRowWithTooFewCellsIsRejected() throws IOException {
        CsvException e = readFails(HEADER + "2104,3,good\n1600,good\n");
        assertTrue(e.getMessage().endsWith(":3: expected 3 cells, found 2"), "message: " + e.getMessage());
    }

    /**
     * Blank lines (empty or only spaces) are skipped, as the hand-written reader skips them: a file both engines
     * read must give both the same rows (the command line used to accept such a file by hand and then reject it
     * here with "expected 3 cells, found 1").
     */
    @Test
    void blankLinesAreSkippedAsByTheHandWrittenReader() throws IOException {
        Path file = write(HEADER + "2104,3,good\n\n1600,3,bad\n   \n\n");
        DataSet read = LabelledCsv.read(file, Houses.FEATURES, Houses.LABEL, Houses.CLASSES);
        assertArrayEquals(new double[][] {{2104, 3}, {1600, 3}}, read.getFeatures().toDoubleMatrix(), "two rows");
        assertArrayEquals(new double[][] {{0, 1}, {1, 0}}, read.getLabels().toDoubleMatrix(),
                "good, bad one-hot over [bad, good]");
    }

    @Test
    void aMissingColumnListsTheColumnsThereAre() throws IOException {
        Path file = write(HEADER + "2104,3,good\n");
        CsvException e = assertThrows(CsvException.class,
                () -> LabelledCsv.read(file, List.of("area", "price"), "label", Houses.CLASSES));
        assertEquals(file + ": no column \"price\"; the columns are area, bathrooms, label", e.getMessage(),
                "message for a missing column");
    }

    @Test
    void aHeaderWithoutRowsIsRejected() throws IOException {
        CsvException e = readFails(HEADER);
        assertTrue(e.getMessage().endsWith(": no data rows after the header"), "message: " + e.getMessage());
    }

    @Test
    void anEmptyFileIsRejected() throws IOException {
        CsvException e = readFails("");
        assertTrue(e.getMessage().endsWith(": empty file, expected a header line"), "message: " + e.getMessage());
    }

    @Test
    void aMissingFileIsRejected() {
        Path file = dir.resolve("nowhere.csv");
        CsvException e = assertThrows(CsvException.class,
                () -> LabelledCsv.read(file, Houses.FEATURES, Houses.LABEL, Houses.CLASSES));
        assertEquals(file + ": file not found", e.getMessage(), "message for a missing file");
    }

    /**
     * Why LabelledCsv checks the cells itself: DataVec's own pipeline names the bad value, but not the file, the
     * line or the column, and it reads "NaN" as a number although the schema column forbids NaN.
     */
    @Test
    void dataVecAloneDoesNotSayWhereTheBadCellIs() throws Exception {
        Schema schema = new Schema.Builder().addColumnDouble("area", null, null, false, false)
                .addColumnDouble("bathrooms", null, null, false, false)
                .addColumnCategorical("label", Houses.CLASSES).build();
        TransformProcess transform = new TransformProcess.Builder(schema).categoricalToInteger("label").build();

        Path unknownLabel = write(HEADER + "2104,3,good\n1600,3,ugly\n");
        IllegalStateException label = assertThrows(IllegalStateException.class, () -> pipeline(unknownLabel,
                transform).next());
        assertTrue(label.getMessage().contains("\"ugly\"") && !label.getMessage().contains("houses.csv"),
                "DataVec's message for an unknown label: " + label.getMessage());

        Path notANumber = write(HEADER + "2104,3,good\n1600,abc,bad\n");
        NumberFormatException number = assertThrows(NumberFormatException.class, () -> pipeline(notANumber,
                transform).next());
        assertEquals("For input string: \"abc\"", number.getMessage(), "DataVec's message for a non-number");

        Path nan = write(HEADER + "2104,3,good\n1600,NaN,bad\n");
        assertTrue(Double.isNaN(pipeline(nan, transform).next().getFeatures().getDouble(1, 1)),
                "DataVec let NaN through as a feature value");
    }

    /** Why LabelledCsv adds its own finiteness check to DataVec's column rule. */
    @Test
    void dataVecsDoubleColumnRuleAcceptsNanAndInfinityAlthoughDeclaredWithout() {
        DoubleMetaData finiteOnly = new DoubleMetaData("area", null, null, false, false);
        assertTrue(finiteOnly.isValid(new Text("NaN")), "DoubleMetaData(allowNaN = false) now rejects NaN");
        assertTrue(finiteOnly.isValid(new Text("Infinity")),
                "DoubleMetaData(allowInfinite = false) now rejects Infinity");
        assertFalse(finiteOnly.isValid(new Text("abc")), "DoubleMetaData accepted \"abc\"");
        assertFalse(finiteOnly.isValid(new Text("")), "DoubleMetaData accepted an empty cell");
    }

    private static RecordReaderDataSetIterator pipeline(Path file, TransformProcess transform) throws Exception {
        TransformProcessRecordReader reader = new TransformProcessRecordReader(new CSVRecordReader(1, ','), transform);
        reader.initialize(new FileSplit(file.toFile()));
        return new RecordReaderDataSetIterator(reader, 10, 2, 2);
    }
}
