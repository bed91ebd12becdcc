package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nnbasics.compare.TestData;
import nnbasics.charts.TemporaryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of bad input gets one line on stderr that names the file, line and column (or the flag) and what was
 * expected, with no stack trace and no Java class name, and the documented exit code: 1 for a mistake in the data
 * or a value, 2 for a usage mistake. Each answer comes before any training: where a later check could hide behind
 * training, the run is also given a learning rate that diverges at once, so a check made after training would
 * answer with the divergence instead. The files are small ones written for each test; no test trains.
 */
class BadInputTest {

    /** Exit code of a usage mistake: picocli's code for invalid input. */
    private static final int USAGE_ERROR = 2;

    private static final String HOUSES = TestData.file("houses.csv").toString();
    private static final String LABELLED = TestData.file("houses-labelled.csv").toString();

    /** On the raw houses (areas ~2000), a rate of 1e6 makes the first step's loss grow a trillionfold: divergence. */
    private static final String DIVERGING_RATE = "1e6";

    @TempDir
    Path tmp;

    private Path file(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Asserts the run's exit code, that stderr is exactly one line without a stack trace or a Java class name, and
     * that the line contains each fragment; returns the line.
     */
    private static String oneLine(CliRun run, int code, String... fragments) {
        String err = run.err().strip();
        assertEquals(code, run.code(), "exit code; stderr: " + run.err());
        assertEquals(1, err.lines().count(), "exactly one line on stderr: " + run.err());
        assertFalse(err.contains("Exception"), "no exception name: " + err);
        assertFalse(err.contains("java."), "no Java class name: " + err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertTrue(err.startsWith("nnbasics"), "starts with the program and the command: " + err);
        for (String fragment : fragments) {
            assertTrue(err.contains(fragment), "\"" + fragment + "\" in: " + err);
        }
        assertTrue(run.out().isEmpty(), "nothing on stdout: " + run.out());
        return err;
    }

    private CliRun fit(Path data, String... more) {
        return CliRun.of(Stream.concat(Stream.of("fit", "--data", data.toString(), "--target", "price"),
                Stream.of(more)).toArray(String[]::new));
    }

    // ---- files: missing, a folder, empty, header only, rows of the wrong length ----

    @Test
    void aMissingFileAFolderAnEmptyFileAndAHeaderAlone() throws IOException {
        Path missing = tmp.resolve("nope.csv");
        oneLine(fit(missing), Main.USER_ERROR, missing + ": file not found");
        Path folder = Files.createDirectory(tmp.resolve("folder.csv"));
        oneLine(fit(folder), Main.USER_ERROR, folder + ": is a folder, expected a CSV file");
        Path empty = file("empty.csv", "");
        oneLine(fit(empty), Main.USER_ERROR, empty + ": empty file, expected a header line");
        Path header = file("header.csv", "area,price\n");
        oneLine(fit(header), Main.USER_ERROR, header + ": no data rows, only the header");
    }

    @Test
    void rowsShorterOrLongerThanTheHeader() throws IOException {
        Path shorter = file("short.csv", "area,bathrooms,price\n2104,3,399900\n1600,3\n");
        oneLine(fit(shorter), Main.USER_ERROR, shorter + ":3: expected 3 cells, found 2");
        Path longer = file("long.csv", "area,bathrooms,price\n2104,3,399900\n1600,3,329900,7\n");
        oneLine(fit(longer), Main.USER_ERROR, longer + ":3: expected 3 cells, found 4");
    }

    // ---- cells ----

    @Test
    void aNonNumericEmptyNanOrInfiniteCellIsNamedByLineAndColumn() throws IOException {
        for (String[] bad : new String[][] {{"abc", "\"abc\""}, {"", "an empty cell"}, {"NaN", "\"NaN\""},
            {"Infinity", "\"Infinity\""}, {"1e400", "\"1e400\""}}) {
            Path data = file("cells.csv", "area,bathrooms,price\n2104,3,399900\n1600," + bad[0] + ",329900\n");
            oneLine(fit(data, "--features", "area,bathrooms"), Main.USER_ERROR,
                    data + ":3: column \"bathrooms\" (2): expected a finite number, found " + bad[1]);
        }
    }

    @Test
    void aBadCellInTheDataVecReadIsNamedTheSameWay() throws IOException {
        Path data = file("cells.csv", "area,bathrooms,price\n2104,3,399900\n1600,abc,329900\n");
        oneLine(fit(data, "--features", "area,bathrooms", "--engine", "dl4j"), Main.USER_ERROR,
                data + ":3: column \"bathrooms\" (2): expected a finite number, found \"abc\"");
    }

    // ---- CSV syntax ----

    @Test
    void malformedQuotingNamesTheLineAndColumnInPlainWords() throws IOException {
        Path data = file("quote.csv", "area,bathrooms,price\n2104,\"3\"x,399900\n1600,3,329900\n");
        String line = oneLine(fit(data), Main.USER_ERROR, data + ":2: column \"bathrooms\" (2): malformed CSV, "
                + "expected a comma or the end of the line after the closing quote, found \"x\"");
        assertFalse(line.contains("IOException") || line.contains("encapsulated"), line);
    }

    @Test
    void aQuoteNeverClosedNamesTheLineWhereItOpens() throws IOException {
        Path data = file("unclosed.csv", "area,bathrooms,price\n2104,3,399900\n1600,\"3,329900\n2400,3,369000\n");
        oneLine(fit(data), Main.USER_ERROR,
                data + ":3: column \"bathrooms\" (2): malformed CSV, the quote that opens this cell is never closed");
    }

    @Test
    void aHeaderSplitOnSemicolonsOrTabsAsksForCommas() throws IOException {
        Path semicolons = file("semicolons.csv", "area;bathrooms;price\n2104;3;399900\n");
        oneLine(fit(semicolons), Main.USER_ERROR,
                semicolons + ":1: expected commas between the column names, found semicolons");
        Path tabs = file("tabs.csv", "area\tbathrooms\tprice\n2104\t3\t399900\n");
        oneLine(fit(tabs), Main.USER_ERROR, tabs + ":1: expected commas between the column names, found tabs");
    }

    @Test
    void aFileThatIsNotUtf8() throws IOException {
        Path data = tmp.resolve("latin1.csv");
        Files.write(data, new byte[] {'a', ',', 'p', 'r', 'i', 'c', 'e', '\n', (byte) 0xff, ',', '1', '\n'});
        oneLine(fit(data), Main.USER_ERROR, data + ": cannot read, expected UTF-8 text");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreReadAsByEveryOtherTool() throws IOException {
        Path data = file("bom.csv", "\uFEFFarea,bathrooms,price\r\n2104,3,399900\r\n1600,3,329900\r\n2400,3,369000"
                + "\r\n1416,2,232000\r\n");
        // the closed form: no training; both engines, so that DataVec's reading of the header is used too
        CliRun run = fit(data, "--method", "normal", "--features", "area,bathrooms", "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals("[\"area\",\"bathrooms\"]", run.json().get("features").toString());
    }

    @Test
    void blankLinesAreSkippedByBothReaders() throws IOException {
        Path data = file("blank.csv", "area,bathrooms,label\n2104,3,good\n\n1600,3,bad\n  \n2400,3,good\n\n\n");
        // one step of each engine: DataVec reads the file too, and used to answer "blank.csv:4: expected 3 cells"
        CliRun run = CliRun.of("classify", "--data", data.toString(), "--label", "label", "--steps", "1", "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals(3, run.json().get("probabilities").size(), "three data rows");
    }

    // ---- columns and --features ----

    @Test
    void anUnknownColumnListsTheColumnsThereAre() throws IOException {
        Path data = file("houses.csv", "area,price\n2104,399900\n1600,329900\n");
        oneLine(CliRun.of("fit", "--data", data.toString(), "--target", "cost"), Main.USER_ERROR,
                data + ": no column \"cost\"; the columns are area, price");
        oneLine(fit(data, "--features", "size"), Main.USER_ERROR,
                data + ": no column \"size\"; the columns are area, price");
    }

    @Test
    void anEmptyOrRepeatedFeatureNameIsTheFlagsMistake() {
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--features", ""), Main.USER_ERROR,
                "--features \"\": expected column names separated by commas, found an empty name");
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--features", "area,,bathrooms"),
                Main.USER_ERROR, "--features \"area,,bathrooms\": expected column names separated by commas");
        // a trailing comma: Java's split would drop the empty last name and read "area" (picocli splits at Columns.SPLIT)
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--features", "area,"), Main.USER_ERROR,
                "--features \"area,\": expected column names separated by commas, found an empty name");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--features", "area,bathrooms,"),
                Main.USER_ERROR, "--features \"area,bathrooms,\": expected column names separated by commas");
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--features", "area,area"), Main.USER_ERROR,
                "--features \"area,area\": column \"area\" is named twice");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--features", "area,area"),
                Main.USER_ERROR, "--features \"area,area\": column \"area\" is named twice");
    }

    // ---- flags' values ----

    @Test
    void rowsOutsideTheFile() {
        for (String rows : List.of("0", "-5")) {
            oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--rows", rows), Main.USER_ERROR,
                    "--rows " + rows + ": expected a number of data rows of at least 1");
        }
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--rows", "11"), Main.USER_ERROR,
                "--rows 11: expected at most 10, the number of data rows in " + HOUSES);
    }

    @Test
    void nonPositiveRatesStepsAndTolerances() {
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--lr", "0"), Main.USER_ERROR,
                "--lr \"0\": a learning rate must be positive");
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--lr", "-1"), Main.USER_ERROR,
                "--lr \"-1\": a learning rate must be positive");
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--lr", "NaN"), Main.USER_ERROR,
                "--lr \"NaN\": expected a finite number");
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--steps", "0"), Main.USER_ERROR,
                "--steps must be at least 1, got 0");
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--tolerance", "-1"), Main.USER_ERROR,
                "--tolerance -1.0: expected a finite number ≥ 0");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--lr", "-2"), Main.USER_ERROR,
                "--lr \"-2\": a learning rate must be positive");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--hidden", "0"), Main.USER_ERROR,
                "--hidden 0: every hidden layer needs at least 1 unit, got 0");
        oneLine(CliRun.of("mnist", "--epochs", "0"), Main.USER_ERROR, "--epochs must be at least 1, got 0");
        oneLine(CliRun.of("mnist", "--batch", "-10"), Main.USER_ERROR, "--batch must be at least 1, got -10");
        oneLine(CliRun.of("mnist", "--lr", "0"), Main.USER_ERROR, "--lr must be a finite positive number, got 0.0");
        oneLine(CliRun.of("mnist", "--hidden", "-3"), Main.USER_ERROR, "--hidden -3: every hidden layer needs");
    }

    @Test
    void usageMistakesAreOneLineWithExitCode2() {
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--rows", "abc"), USAGE_ERROR,
                "nnbasics fit: Invalid value for option '--rows': 'abc' is not a whole number (see 'nnbasics help fit')");
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--tolerance", "x"), USAGE_ERROR,
                "'--tolerance': 'x' is not a number");
        oneLine(CliRun.of("fit", "--data", HOUSES, "--target", "price", "--bogus"), USAGE_ERROR,
                "Unknown option: '--bogus'");
        oneLine(CliRun.of("fit", "--data", HOUSES), USAGE_ERROR, "Missing required option: '--target=COLUMN'");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--loss", "hinge"), USAGE_ERROR,
                "expected cross-entropy or mse, got 'hinge'");
        oneLine(CliRun.of("bogus"), USAGE_ERROR, "nnbasics: Unmatched argument at index 0: 'bogus'");
    }

    // ---- --test and --init: read in full before training ----

    @Test
    void aBadCellInTheTestFileIsReportedBeforeTraining() throws IOException {
        Path test = file("test.csv", "area,bathrooms,label\n2104,3,good\n1600,x3,bad\n");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--test", test.toString(),
                "--lr", DIVERGING_RATE), Main.USER_ERROR,
                test + ":3: column \"bathrooms\" (2): expected a finite number, found \"x3\"");
    }

    @Test
    void aTestLabelDataVecWouldNotMatchIsReportedBeforeTraining() throws IOException {
        // the hand-written reader trims " good" to a class; DataVec keeps the space: it is no class of the model
        Path test = file("test.csv", "area,bathrooms,label\n2104,3, good\n1600,3,bad\n");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--test", test.toString(),
                "--lr", DIVERGING_RATE), Main.USER_ERROR, test + ":2: column \"label\" (3): expected one of bad, good");
    }

    @Test
    void aTestFileWithANewClassOrMissingColumn() throws IOException {
        Path newClass = file("new.csv", "area,bathrooms,label\n2104,3,good\n1600,3,ugly\n");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--test", newClass.toString()),
                Main.USER_ERROR, "--test " + newClass + ":3: class \"ugly\" never appears in the training file");
        Path fewer = file("fewer.csv", "area,label\n2104,good\n");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--test", fewer.toString()),
                Main.USER_ERROR, "--test " + fewer + ": its feature columns [area] differ");
    }

    @Test
    void aBadInitFile() throws IOException {
        Path notJson = file("start.json", "{\"layers\":[");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--hidden", "4", "--init",
                notJson.toString()), Main.USER_ERROR, "--init " + notJson + " is not JSON: ", "(line 1, column 12)");
        Path shape = file("shape.json", "{\"layers\":[{\"W\":[[1,2],[3,4]],\"b\":[0,0]},{\"W\":[[1],[2]],\"b\":[0]}]}");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--hidden", "2", "--init",
                shape.toString()), Main.USER_ERROR, "--init " + shape + ": layer 2: W is 2×1, the network "
                + "2 → 2 tanh → 2 softmax needs 2×2");
        Path folder = Files.createDirectory(tmp.resolve("start"));
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--hidden", "2", "--init",
                folder.toString()), Main.USER_ERROR, "--init " + folder + ": is a folder, expected a JSON file");
    }

    // ---- output folders ----

    @Test
    void anOutFolderThatIsAFileOrCannotBeCreated() throws IOException {
        Path aFile = file("afile", "a user's file");
        oneLine(CliRun.of("guide", "--data", TestData.dir().toString(), "--out", aFile.toString()), Main.USER_ERROR,
                "--out " + aFile + ": is a file, expected a folder");
        Path below = aFile.resolve("sub");
        oneLine(CliRun.of("guide", "--data", TestData.dir().toString(), "--out", below.toString()), Main.USER_ERROR,
                "--out " + below + ": cannot create the folder, " + aFile + " is a file");
        assertEquals("a user's file", Files.readString(aFile), "the file in the way is left alone");
    }

    /** Four files named as MNIST's, too short to be read: any reading of them fails. */
    private Path brokenMnist() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("mnist"));
        for (String name : List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                "t10k-labels-idx1-ubyte")) {
            Files.write(data.resolve(name), new byte[] {0, 0, 8, 3});
        }
        return data;
    }

    @Test
    void mnistChecksItsOutFolderBeforeReadingOrTraining() throws IOException {
        // the data cannot even be read: an answer about --out proves the folder was checked first
        Path aFile = file("afile", "x");
        oneLine(CliRun.of("mnist", "--data", brokenMnist().toString(), "--out", aFile.toString()), Main.USER_ERROR,
                "nnbasics mnist: --out " + aFile + ": is a file, expected a folder");
    }

    @Test
    void theNextRunIntoAFolderRemovesOnlyItsOwnStaleTemporaryFiles() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Instant now = Instant.now();
        Path stale = Files.writeString(out.resolve(TemporaryFiles.nameFor("mnist-loss-accuracy.png")), "half a file");
        Files.setLastModifiedTime(stale, FileTime.from(now.minus(Duration.ofHours(1))));
        Path fresh = Files.writeString(out.resolve(TemporaryFiles.nameFor("mnist-confusion-hand.png")), "live");
        Path users = Files.writeString(out.resolve(".notes.tmp"), "a user's file");
        Files.setLastModifiedTime(users, FileTime.from(now.minus(Duration.ofHours(1))));

        CliRun run = CliRun.of("mnist", "--data", brokenMnist().toString(), "--out", out.toString());

        oneLine(run, Main.USER_ERROR, "train-images-idx3-ubyte");   // the data is broken: nothing trains
        assertFalse(Files.exists(stale), "the killed run's temporary file is gone");
        assertTrue(Files.exists(fresh), "a live temporary file (of a concurrent run) is kept");
        assertTrue(Files.exists(users), "the user's file is kept");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count(), "nothing else was left (the writability probe is removed)");
        }
    }
}
