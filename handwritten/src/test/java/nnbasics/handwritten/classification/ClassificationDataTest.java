package nnbasics.handwritten.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnbasics.handwritten.data.DataException;
import nnbasics.handwritten.data.Table;

class ClassificationDataTest {

    /** Numbers read from the file are the file's integers, exactly. */
    private static final double EXACT = 0.0;

    @TempDir
    Path folder;

    @Test
    void readsTheTenLabelledHouses() {
        ClassificationData houses = LabelledHouses.raw();
        // the guide's table (Data, section 7): 10 houses, area and bathrooms, 3 bad and 7 good
        assertEquals(10, houses.size(), "size");
        assertEquals(2, houses.featureCount(), "featureCount");
        assertEquals(List.of("bad", "good"), houses.classes(), "classes, sorted");
        assertArrayEquals(new double[] {2104, 3}, houses.features()[0], EXACT, "house 1");
        assertArrayEquals(new double[] {1494, 3}, houses.features()[9], EXACT, "house 10");
        assertArrayEquals(new int[] {1, 1, 1, 0, 0, 1, 0, 1, 1, 1}, houses.labels(),
                "labels: good good good bad bad good bad good good good");
    }

    @Test
    void usesTheGivenClassOrder() throws IOException {
        Table table = Table.read(write("area,label\n1,bad\n2,good\n3,good\n"));
        ClassificationData data = ClassificationData.from(table, List.of("area"), "label", List.of("good", "bad"));
        assertEquals(List.of("good", "bad"), data.classes(), "classes as given");
        assertArrayEquals(new int[] {1, 0, 0}, data.labels(), "labels as indexes into [good, bad]");
    }

    @Test
    void oneHotHasAOneInTheColumnOfEachLabel() {
        ClassificationData data = new ClassificationData(new double[][] {{0}, {0}, {0}}, new int[] {2, 0, 1},
                List.of("a", "b", "c"));
        assertArrayEquals(new double[] {0, 0, 1}, data.oneHot()[0], EXACT, "row 0, label c");
        assertArrayEquals(new double[] {1, 0, 0}, data.oneHot()[1], EXACT, "row 1, label a");
        assertArrayEquals(new double[] {0, 1, 0}, data.oneHot()[2], EXACT, "row 2, label b");
        assertEquals(3, data.classCount(), "classCount");
    }

    @Test
    void aLabelOutsideTheClassesNamesFileLineAndColumn() throws IOException {
        Path file = write("area,bathrooms,label\n2104,3,good\n1600,3,bad\n2400,3,great\n");
        Table table = Table.read(file);
        DataException error = assertThrows(DataException.class,
                () -> ClassificationData.from(table, List.of("area", "bathrooms"), "label", List.of("bad", "good")),
                "a label that is not one of the classes");
        // line 4 of the file: the header is line 1
        assertEquals(file + ":4: column \"label\" (3): expected one of [bad, good], found \"great\"",
                error.getMessage(), "message");
    }

    @Test
    void aLabelColumnWithOnlyOneClassNamesFileAndColumn() throws IOException {
        Path file = write("label,area\ngood,2104\ngood,1600\n");
        Table table = Table.read(file);
        DataException error = assertThrows(DataException.class,
                () -> ClassificationData.from(table, List.of("area"), "label", null), "one class only");
        assertEquals(file + ": column \"label\" (1): expected at least two classes, found only \"good\" in every row",
                error.getMessage(), "message");
    }

    @Test
    void anEvaluationFileMayHoldOneClassWhenTheClassesAreGiven() throws IOException {
        Table table = Table.read(write("label,area\ngood,2104\ngood,1600\n"));
        ClassificationData data = ClassificationData.from(table, List.of("area"), "label", List.of("bad", "good"));
        assertArrayEquals(new int[] {1, 1}, data.labels(), "both rows are class 1, \"good\"");
    }

    @Test
    void rejectsTheLabelColumnAsAFeature() throws IOException {
        Table table = Table.read(write("area,label\n1,0\n2,1\n"));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationData.from(table, List.of("area", "label"), "label", null), "label as a feature");
    }

    @Test
    void rejectsInconsistentArrays() {
        List<String> classes = List.of("a", "b");
        assertThrows(IllegalArgumentException.class,
                () -> new ClassificationData(new double[0][], new int[0], classes), "no examples");
        assertThrows(IllegalArgumentException.class,
                () -> new ClassificationData(new double[][] {{1, 2}, {3}}, new int[] {0, 1}, classes), "ragged");
        assertThrows(IllegalArgumentException.class,
                () -> new ClassificationData(new double[][] {{1}, {2}}, new int[] {0}, classes), "too few labels");
        assertThrows(IllegalArgumentException.class,
                () -> new ClassificationData(new double[][] {{1}}, new int[] {2}, classes), "label out of range");
        assertThrows(IllegalArgumentException.class,
                () -> new ClassificationData(new double[][] {{1}}, new int[] {0}, List.of("a")), "one class");
        assertThrows(IllegalArgumentException.class,
                () -> new ClassificationData(new double[][] {{1}}, new int[] {0}, List.of("a", "a")), "duplicates");
    }

    private Path write(String content) throws IOException {
        Path file = folder.resolve("labelled.csv");
        Files.writeString(file, content);
        return file;
    }
}
