package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
