package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnbasics.compare.TestData;

/** {@code fit --hidden}'s flags: each mistake one line (docs/errors.md), before any training; a chart is drawn. */
class FitNetworkFlagsTest {

    @TempDir
    Path tmp;

    private static String trucks() {
        return TestData.file("food-trucks.csv").toString();
    }

    private static void oneLine(CliRun run, String expected) {
        assertEquals(Main.USER_ERROR, run.code(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(run.out().isEmpty(), "nothing trained: " + run.out());
    }

    @Test
    void networkFlagsNeedHidden() {
        oneLine(CliRun.of("fit", "--data", trucks(), "--target", "profit", "--activation", "relu"),
                "--activation needs --hidden");
        oneLine(CliRun.of("fit", "--data", trucks(), "--target", "profit", "--chart", "x.png"),
                "--chart needs --hidden");
    }

    @Test
    void aNetworkTrainsByGradientDescentWithOneRate() {
        oneLine(CliRun.of("fit", "--data", trucks(), "--target", "profit", "--hidden", "4", "--method", "normal"),
                "--method normal solves a linear model");
        oneLine(CliRun.of("fit", "--data", trucks(), "--target", "profit", "--hidden", "4", "--lr", "0.1,0.2"),
                "takes one learning rate for every parameter");
        oneLine(CliRun.of("fit", "--data", trucks(), "--target", "profit", "--hidden", "4", "--seed", "2", "--init",
                "w.json"), "--seed and --init both give the start");
    }

    @Test
    void aConstantTargetCannotBeStandardised() throws IOException {
        Path flat = Files.writeString(tmp.resolve("flat.csv"), "x,y\n1,5\n2,5\n3,5\n");
        oneLine(CliRun.of("fit", "--data", flat.toString(), "--target", "y", "--standardize", "--hidden", "2"),
                "the target column \"y\" of " + flat + " is constant");
    }

    @Test
    void aChartOntoAFolderIsOneLineAndAChartIsDrawn() {
        oneLine(CliRun.of("fit", "--data", trucks(), "--target", "profit", "--hidden", "4", "--chart",
                tmp.toString()), "is a folder, expected a PNG file name");
        Path png = tmp.resolve("new/curve.png");
        CliRun run = CliRun.of("fit", "--data", trucks(), "--target", "profit", "--standardize", "--hidden", "4",
                "--steps", "20", "--chart", png.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(png), "the chart, its folder made");
        assertFalse(run.out().contains("Exception"), run.out());
    }
}
