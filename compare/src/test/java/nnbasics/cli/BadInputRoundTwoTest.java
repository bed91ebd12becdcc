package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import nnbasics.compare.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs of issue 21 (round two), each answered as docs/errors.md promises: one line on stderr naming the
 * file or flag and what was expected, no Java or library class or method name, and the table's exit code (1 a
 * mistake in the data or a value, 2 a usage error). No test trains: each answer comes before any work.
 */
class BadInputRoundTwoTest {

    /** docs/errors.md's exit code of a usage error (picocli's code for invalid input). */
    private static final int USAGE_ERROR = 2;

    private static final String LABELLED = TestData.file("houses-labelled.csv").toString();

    @TempDir
    Path tmp;

    private Path file(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** As BadInputTest's: the code, one line, no class or method of Java or of a library, the fragments. */
    static String oneLine(CliRun run, int code, String... fragments) {
        String err = run.err().strip();
        assertEquals(code, run.code(), "exit code; stderr: " + run.err());
        assertEquals(1, err.lines().count(), "exactly one line on stderr: " + run.err());
        for (String forbidden : new String[] {"Exception", "java.", "\tat ", "jackson", "Jackson", "`",
            "StreamReadConstraints", "Feature", "get"}) {
            assertFalse(err.contains(forbidden), "no \"" + forbidden + "\" (a class, a method, a trace): " + err);
        }
        assertTrue(err.startsWith("nnbasics"), "starts with the program and the command: " + err);
        for (String fragment : fragments) {
            assertTrue(err.contains(fragment), "\"" + fragment + "\" in: " + err);
        }
        assertTrue(run.out().isEmpty(), "nothing on stdout: " + run.out());
        return err;
    }

    private CliRun classifyInit(Path init) {
        return CliRun.of("classify", "--data", LABELLED, "--label", "label", "--hidden", "2", "--init",
                init.toString());
    }

    /** A start that fits houses-labelled.csv with --hidden 2: 2 features → 2 tanh → 2 classes (bad, good). */
    private static final String GOOD_INIT = "{\"layers\":[{\"W\":[[1,2],[3,4]],\"b\":[0,0]},"
            + "{\"W\":[[1,2],[3,4]],\"b\":[0,0]}]}";

    // ---- 1. --init FILE.json ----

    @Test
    void anInitNumberBeyondDoubleIsRefusedLikeTheInfinityLiteral() throws IOException {
        Path huge = file("huge.json", GOOD_INIT.replace("[[1,2]", "[[1e400,2]"));
        oneLine(classifyInit(huge), Main.USER_ERROR,
                "--init " + huge + ": layer 1: W row 1: entry 1 is beyond double's range", "expected a finite number");
        Path literal = file("inf.json", GOOD_INIT.replace("[[1,2]", "[[Infinity,2]"));
        oneLine(classifyInit(literal), Main.USER_ERROR, "--init " + literal + " is not JSON: found \"Infinity\", "
                + "expected a finite number (JSON has no NaN or Infinity)");
        Path nan = file("nan.json", GOOD_INIT.replace("[[1,2]", "[[NaN,2]"));
        oneLine(classifyInit(nan), Main.USER_ERROR, "--init " + nan + " is not JSON: found \"NaN\", "
                + "expected a finite number (JSON has no NaN or Infinity)", "(line 1, column");
    }

    @Test
    void anInitDocumentFollowedByGarbageOrASecondDocumentIsRefused() throws IOException {
        Path garbage = file("garbage.json", GOOD_INIT + " xyz");
        oneLine(classifyInit(garbage), Main.USER_ERROR, "--init " + garbage + " is not JSON: more text after the "
                + "document that ends at line 1, column " + GOOD_INIT.length() + ", expected one document");
        Path two = file("two.json", GOOD_INIT + "\n" + GOOD_INIT + "\n");
        oneLine(classifyInit(two), Main.USER_ERROR, "--init " + two + " is not JSON: more text after the document");
        // the good one alone still starts a run's checks: a shape error names layer 2, proving it was read
        Path alone = file("alone.json", GOOD_INIT.replace("\"b\":[0,0]}]}", "\"b\":[0]}]}") + "\n");
        oneLine(classifyInit(alone), Main.USER_ERROR, "--init " + alone + ": layer 2: b has 1 entries");
    }

    @Test
    void anInitNestedTooDeepOrWithANumberTooLongIsOnePlainLine() throws IOException {
        // Jackson's StreamReadConstraints: nesting depth at most 1000, a number at most 1000 characters (defaults)
        Path deep = file("deep.json", "[".repeat(5000) + "]".repeat(5000));
        oneLine(classifyInit(deep), Main.USER_ERROR, "--init " + deep + " is not JSON: nested 1001 levels deep, "
                + "expected at most 1000");
        Path longNumber = file("long.json", GOOD_INIT.replace("[[1,2]", "[[1" + "0".repeat(2000) + ",2]"));
        oneLine(classifyInit(longNumber), Main.USER_ERROR, "--init " + longNumber + " is not JSON: a number",
                "characters long, expected at most 1000");
    }

    @Test
    void anInitTokenIsEchoedEscapedAndCutShort() throws IOException {
        Path hostile = file("hostile.json", "{\"layers\": \u001b[31m" + "x".repeat(10_000) + "}");
        String line = oneLine(classifyInit(hostile), Main.USER_ERROR, "--init " + hostile + " is not JSON: ");
        assertFalse(line.contains("\u001b"), "no raw escape character: " + line);
        assertTrue(line.length() < 400, "cut to a readable length (LayersFile.ECHO_LIMIT): " + line.length());
    }

    // ---- 2. a trailing comma in a list of widths ----

    @Test
    void aTrailingCommaInTheWidthsIsRefusedLikeInFeatures() {
        String nowhere = tmp.resolve("nowhere").toString();   // no MNIST data: a later check would say so instead
        String empty = "expected whole numbers separated by commas, found an empty width";
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--hidden", "4,"), USAGE_ERROR,
                "nnbasics classify: Invalid value for option '--hidden'", empty, "(see 'nnbasics help classify')");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--hidden", "4,,2"), USAGE_ERROR,
                empty);
        oneLine(CliRun.of("mnist", "--data", nowhere, "--hidden", "128,"), USAGE_ERROR,
                "nnbasics mnist: Invalid value for option '--hidden'", empty);
        oneLine(CliRun.of("explore", "--panel", "7", "--hidden", "4,"), USAGE_ERROR,
                "nnbasics explore: Invalid value for option '--hidden'", empty);
        oneLine(CliRun.of("mnist-sweep", "--data", nowhere, "--widths", "16,"), USAGE_ERROR,
                "nnbasics mnist-sweep: --widths '16,': an empty width between commas");
    }

    // ---- 3. not a number, not one of the choices: a usage error (2) for every flag ----

    @Test
    void notANumberOrNotAChoiceIsAUsageErrorForEveryFlag() {
        String nowhere = tmp.resolve("nowhere").toString();
        String missing = tmp.resolve("missing.csv").toString();   // checked before the file: no "file not found"
        oneLine(CliRun.of("fit", "--data", missing, "--target", "price", "--lr", "abc"), USAGE_ERROR,
                "nnbasics fit: --lr \"abc\": expected a finite number, found \"abc\" (see 'nnbasics help fit')");
        oneLine(CliRun.of("classify", "--data", missing, "--label", "label", "--lr", "0.1,abc"), USAGE_ERROR,
                "nnbasics classify: --lr \"0.1,abc\": expected a finite number, found \"abc\"");
        oneLine(CliRun.of("fit", "--data", missing, "--target", "price", "--predict", "1,x"), USAGE_ERROR,
                "--predict \"1,x\": expected a finite number, found \"x\"");
        oneLine(CliRun.of("softmax", "abc"), USAGE_ERROR,
                "nnbasics softmax: LOGIT \"abc\": expected a finite number, found \"abc\"");
        oneLine(CliRun.of("classify", "--data", LABELLED, "--label", "label", "--hidden", "2", "--activation",
                "softmax"), USAGE_ERROR, "--activation softmax: expected tanh, relu, sigmoid or identity");
        oneLine(CliRun.of("mnist", "--data", nowhere, "--hidden", "8", "--activation", "softmax"), USAGE_ERROR,
                "--activation softmax: expected relu, tanh, sigmoid or identity");
        // picocli's own, unchanged: the same code
        oneLine(CliRun.of("fit", "--data", missing, "--target", "price", "--tolerance", "abc"), USAGE_ERROR,
                "'--tolerance': 'abc' is not a number");
        oneLine(CliRun.of("fit", "--data", missing, "--target", "price", "--steps", "1e3"), USAGE_ERROR,
                "'--steps': '1e3' is not a whole number");
        oneLine(CliRun.of("fit", "--data", missing, "--target", "price", "--engine", "gpu"), USAGE_ERROR,
                "expected hand, dl4j or both, got 'gpu'");
        // a number that is not finite stays a mistake in the value (1), as does one out of range
        oneLine(CliRun.of("softmax", "1e400"), Main.USER_ERROR, "LOGIT \"1e400\": expected a finite number");
        oneLine(CliRun.of("fit", "--data", missing, "--target", "price", "--lr", "NaN"), Main.USER_ERROR,
                "--lr \"NaN\": expected a finite number");
    }

    @Test
    void anEchoedValueIsEscapedAndCutShort() {
        String hostile = "\u001b]0;pwned\u0007" + "9".repeat(10_000) + "x";
        String line = oneLine(CliRun.of("softmax", hostile), USAGE_ERROR, "LOGIT \"\\u001b]0;pwned\\u0007",
                "(" + hostile.length() + " characters)");
        assertFalse(line.contains("\u001b"), line);
        assertTrue(line.length() < 300, "cut to Values.ECHO_LIMIT: " + line.length());
    }

    // ---- 4. a failed write of standard output ----

    /** A writer that fails as a full device does: every write throws "No space left on device" (ENOSPC). */
    private static final class FullDevice extends Writer {
        int attempts;

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            attempts++;
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void outputThatCannotBeWrittenIsAnErrorNotASuccess() {
        FullDevice full = new FullDevice();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"softmax", "1", "2"}, new PrintWriter(full), new PrintWriter(err));
        assertTrue(full.attempts > 0, "the command tried to print its line");
        String line = err.toString().strip();
        assertEquals(Main.USER_ERROR, code, "a lost output is a failure (docs/errors.md: exit 1): " + line);
        assertEquals(1, line.lines().count(), line);
        assertEquals("nnbasics softmax: cannot write the output (standard output is closed, or its disk or device "
                + "is full); what was printed is incomplete", line);
        // the same run into a writer that works: exit 0 and nothing on stderr
        CliRun fine = CliRun.of("softmax", "1", "2");
        assertEquals(0, fine.code());
        assertEquals("", fine.err());
    }

    // ---- 5. a CSV from a FIFO, written once ----

    /**
     * A FIFO (made by mkfifo) that a thread writes {@code content} into once. It never leaves a second open waiting:
     * after the one write it keeps opening the FIFO for writing and closing it at once, so a reader that opens the
     * FIFO again reads an empty file instead of waiting for ever, and the test fails instead of hanging. No sleeps:
     * {@link #close()} releases the thread by opening the FIFO itself until the thread has seen the stop.
     */
    private static final class Fifo implements AutoCloseable {
        final Path path;
        private final Thread writer;
        private final AtomicBoolean stop = new AtomicBoolean();
        /** Whether the one write found a reader (the FIFO was opened for reading at least once). */
        private final AtomicBoolean written = new AtomicBoolean();

        Fifo(Path path, String content) throws IOException, InterruptedException {
            this.path = path;
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            assertEquals(0, mkfifo.waitFor(), "mkfifo " + path);
            writer = new Thread(() -> {
                try (OutputStream out = Files.newOutputStream(path)) {   // waits for the reader
                    written.set(!stop.get());
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } catch (IOException readerGone) {
                    // the reader closed first: what it read is what the test judges
                }
                while (!stop.get()) {
                    try (OutputStream again = Files.newOutputStream(path)) {   // an immediate end of file
                        again.flush();
                    } catch (IOException readerGone) {
                        // as above
                    }
                }
            }, "fifo writer");
            writer.setDaemon(true);
            writer.start();
        }

        /** @return whether the FIFO was opened for reading before {@link #close()} */
        boolean opened() {
            return written.get();
        }

        @Override
        public void close() throws IOException, InterruptedException {
            stop.set(true);
            while (writer.isAlive()) {
                try (RandomAccessFile release = new RandomAccessFile(path.toFile(), "rw")) {   // Linux: never waits
                    release.length();
                }
                writer.join(1);
            }
        }
    }

    private static final String HOUSES_TEXT = read(TestData.file("houses.csv"));
    private static final String LABELLED_TEXT = read(TestData.file("houses-labelled.csv"));

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void fitAndClassifyReadACsvFromAFifoOnceWithTheHandWrittenEngine() throws Exception {
        Path copy = file("houses.csv", HOUSES_TEXT);
        CliRun fromFile = CliRun.of("fit", "--data", copy.toString(), "--target", "price", "--engine", "hand",
                "--standardize", "--steps", "50", "--json");
        assertEquals(0, fromFile.code(), fromFile.err());
        try (Fifo fifo = new Fifo(tmp.resolve("houses.fifo"), HOUSES_TEXT)) {
            CliRun run = CliRun.of("fit", "--data", fifo.path.toString(), "--target", "price", "--engine", "hand",
                    "--standardize", "--steps", "50", "--json");
            assertEquals(0, run.code(), "read once: " + run.err());
            assertEquals("", run.err());
            assertEquals(fromFile.out().replace(copy.toString(), fifo.path.toString()), run.out(),
                    "the same fit as from the regular file");
        }
        Path labelled = file("labelled.csv", LABELLED_TEXT);
        CliRun classified = CliRun.of("classify", "--data", labelled.toString(), "--label", "label", "--engine",
                "hand", "--standardize", "--steps", "20", "--json");
        assertEquals(0, classified.code(), classified.err());
        try (Fifo fifo = new Fifo(tmp.resolve("labelled.fifo"), LABELLED_TEXT)) {
            CliRun run = CliRun.of("classify", "--data", fifo.path.toString(), "--label", "label", "--engine",
                    "hand", "--standardize", "--steps", "20", "--json");
            assertEquals(0, run.code(), "read once: " + run.err());
            assertEquals(classified.out().replace(labelled.toString(), fifo.path.toString()), run.out());
        }
    }

    @Test
    void aFifoThatTwoReadersWouldNeedIsRefusedBeforeItIsOpened() throws Exception {
        for (String command : new String[] {"fit", "classify"}) {
            try (Fifo fifo = new Fifo(tmp.resolve(command + ".fifo"), HOUSES_TEXT)) {
                CliRun run = command.equals("fit")
                        ? CliRun.of("fit", "--data", fifo.path.toString(), "--target", "price")
                        : CliRun.of("classify", "--data", fifo.path.toString(), "--label", "label", "--engine", "dl4j");
                oneLine(run, Main.USER_ERROR, "nnbasics " + command + ": --data " + fifo.path + ": a pipe or stream, "
                        + "which can be read only once, but --engine " + (command.equals("fit") ? "both" : "dl4j")
                        + " reads it more than once", "use --engine hand");
                assertFalse(fifo.opened(), "refused before the FIFO was opened");
            }
        }
    }

    // ---- a file with no line breaks, hostile and huge cells ----

    /**
     * {@code /dev/zero} (NUL bytes without end) and a regular file of one endless line: refused once the reader has
     * seen more than a million characters without a comma or line break (docs/errors.md), naming the file and the
     * line, instead of filling the memory with one cell. {@code /dev/zero} is read once, so --engine hand.
     * (classify copies a stream to a temporary file before reading it: that copy has no limit yet.)
     */
    @Test
    void aFileWithoutLineBreaksIsRefusedAfterAMillionCharacters() throws IOException {
        Path endless = file("endless.csv", "x".repeat(1_000_001));
        oneLine(CliRun.of("fit", "--data", endless.toString(), "--target", "y"), Main.USER_ERROR,
                "nnbasics fit: " + endless + ":1: a cell of more than 1,000,000 characters (no comma or line break in "
                + "them), expected a CSV file of numbers and names");
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
        // fit reads a stream once with its reader; classify copies a stream to a file first (not yet limited)
        oneLine(CliRun.of("fit", "--data", zero.toString(), "--target", "y", "--engine", "hand"),
                Main.USER_ERROR, "nnbasics fit: /dev/zero:1: a cell of more than 1,000,000 characters");
    }

    /**
     * A cell holding terminal escape sequences inside it (ESC and BEL after a digit, so that trimming the cell's
     * ends cannot remove them) and 10,000 digits: every control character escaped, the cell cut after 40 characters
     * with its length. Both engines' readers answer it (--engine dl4j reads with DataVec's).
     */
    @Test
    void aHostileCellIsEscapedAndCut() throws IOException {
        String hostile = "1\u001b]0;pwned\u0007\u001b[31m" + "9".repeat(10_000);
        Path csv = file("hostile.csv", "area,bathrooms,price\n2104,3,399900\n1600," + hostile + ",329900\n");
        String shown = "\"1\\u001b]0;pwned\\u0007\\u001b[31m" + "9".repeat(40 - 1 - 15) + "…\" (10,016 characters)";
        for (String engine : new String[] {"hand", "dl4j"}) {
            String err = oneLine(CliRun.of("fit", "--data", csv.toString(), "--target", "price", "--engine", engine),
                    Main.USER_ERROR, csv + ":3: column \"bathrooms\" (2): expected a finite number, found " + shown);
            assertTrue(err.chars().noneMatch(c -> Character.isISOControl(c)), engine + ": no raw control character");
        }
    }

    /** A file of 100,000 columns and an unknown one asked for: ten names listed, then how many more. */
    @Test
    void anUnknownColumnAmongManyListsTenNames() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < 100_000; c++) {
            text.append(c == 0 ? "" : ",").append("c").append(c);
        }
        text.append("\n").append("1,".repeat(99_999)).append("1\n");
        Path wide = file("wide.csv", text.toString());
        String err = oneLine(CliRun.of("fit", "--data", wide.toString(), "--features", "c1", "--target", "nope", "--engine", "hand"),
                Main.USER_ERROR);
        assertEquals("nnbasics fit: " + wide + ": no column \"nope\"; the columns are c0, c1, c2, c3, c4, c5, c6, c7, c8, "
                + "c9 … and 99,990 more (100,000 columns)", err);
    }
}
