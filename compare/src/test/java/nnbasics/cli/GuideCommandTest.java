package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnbasics.compare.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnbasics guide}, run twice: first README's example {@value #README_EXAMPLE} exactly as
 * {@link ReadmeExamplesTest} runs it (which leaves that line to this class, so the guide runs twice per test run, not
 * three times), into a new folder; then again into that folder, now holding the first run's files and a file of the
 * user's. Checked: the guide's numbers in summary.json, every picture written, the user's file untouched, no
 * temporary file left, and the same summary.json byte for byte.
 */
class GuideCommandTest {

    /** The guide prints its numbers to two decimals (0.180 to three). */
    private static final double GUIDE_ROUNDING = 0.005;

    @TempDir
    static Path tmp;

    private static Path out;
    private static CliRun first;
    private static byte[] firstSummary;
    private static CliRun second;
    private static JsonNode summary;
    private static final String USERS_FILE = "notes.txt";
    private static final String USERS_TEXT = "my own notes, not the guide's";

    /** README's line; {@link ReadmeExamplesTest} does not run it itself but counts on this class to. */
    static final String README_EXAMPLE = "./nnbasics guide";

    @BeforeAll
    static void runTheGuideTwice() throws IOException {
        out = tmp.resolve("guide");
        // as ReadmeExamplesTest runs the example: guide --data <root>/data --out <out>; the folder does not exist yet
        List<String> args = ReadmeExamplesTest.asFromRoot(ReadmeExamplesTest.words(README_EXAMPLE),
                ReadmeExamplesTest.root(), out);
        first = CliRun.of(args.toArray(String[]::new));
        firstSummary = Files.readAllBytes(out.resolve("summary.json"));
        Files.writeString(out.resolve(USERS_FILE), USERS_TEXT);
        second = CliRun.of("guide", "--out", out.toString(), "--data", TestData.dir().toString());
        summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    }

    private static JsonNode figures(int index) {
        return summary.get("sections").get(index).get("figures");
    }

    @Test
    void succeedsAndSaysTheEnginesAgree() {
        assertEquals(0, first.code(), README_EXAMPLE + ", stderr: " + first.err());
        assertTrue(first.out().contains("agree within 1e-12"), first.out());
        assertTrue(summary.get("twinsAgree").asBoolean());
    }

    @Test
    void reproducesTheGuidesNumbers() {
        assertEquals(0.180, figures(0).get("roundedWeight").asDouble(), 0.0, "section 1: 0.180");
        assertEquals(360, figures(0).get("prediction2000").asDouble(), 1e-9, "section 1: 360");
        assertEquals(2057.73, figures(1).get("mse").asDouble(), GUIDE_ROUNDING, "section 2: 2,058");
        assertEquals(799.09, figures(2).get("startMse").asDouble(), GUIDE_ROUNDING, "section 3: 799");
        assertEquals(447.29, figures(2).get("bestMse").asDouble(), GUIDE_ROUNDING, "section 3: 447.29");
        assertEquals(447.29, figures(3).get("dl4jFinalLoss").asDouble(), GUIDE_ROUNDING, "section 4 converges");
        assertEquals(108268, figures(4).get("mseAtZero").asDouble(), 0.5, "section 5: 108,268");
        assertEquals(1406.05, figures(4).get("dl4jFinalLoss").asDouble(), GUIDE_ROUNDING, "section 5: 1406.05");
        assertEquals(0.7, figures(8).get("accuracyDl4j").asDouble(), 0.0, "section 8: 7 of 10");
    }

    @Test
    void everySectionWithARunReportsItsTwinDifference() {
        int runs = 0;
        for (JsonNode section : summary.get("sections")) {
            JsonNode difference = section.get("maxRelativeDifference");
            if (difference != null) {
                runs++;
                // section 10's networks carry their own tolerance (Tolerances.NETWORKS); the others the guide's
                double tolerance = section.has("twinTolerance") ? section.get("twinTolerance").asDouble()
                        : GuideCommand.TWIN_TOLERANCE;
                assertTrue(difference.asDouble() <= tolerance, section.get("title").asText());
                assertTrue(section.get("worst").get("tensor").isTextual(), "the tensor it was seen in");
                assertTrue(section.get("worst").get("step").asInt() >= 0, "the step it was seen at");
            }
        }
        assertEquals(7, runs, "sections 4, 5, 6, 7 (classifier), 8, 10.3 and 10.4 train both engines");
    }

    @Test
    void writesEveryPictureItNamesAndTheReport() throws IOException {
        int pictures = 0;
        for (JsonNode section : summary.get("sections")) {
            for (JsonNode file : section.get("pictures")) {
                Path png = out.resolve(file.asText());
                byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
                assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head,
                        file.asText() + " is a PNG");
                pictures++;
            }
        }
        assertTrue(pictures >= 10, "the issue's ten pictures at least, got " + pictures);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<img src=\"04-gradient-descent.png\""), "the report shows the proof picture");
    }

    @Test
    void everySectionHasAPictureAndItsOwnNumber() {
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (JsonNode section : summary.get("sections")) {
            assertTrue(section.get("pictures").size() > 0, section.get("title").asText() + " has a picture");
            assertTrue(numbers.add(section.get("section").asText()), "one section numbered "
                    + section.get("section").asText());
        }
        for (String line : first.out().split("\n")) {
            assertTrue(!line.contains("E-1"), "numbers for people, not 1.0E-12: " + line);
        }
    }

    @Test
    void leavesTheUsersOwnFilesAloneAndNoTemporaryFiles() throws IOException {
        assertEquals(USERS_TEXT, Files.readString(out.resolve(USERS_FILE)));
        try (var files = Files.list(out)) {
            files.forEach(f -> assertTrue(!f.getFileName().toString().startsWith("."), "left behind: " + f));
        }
    }

    @Test
    void aSecondRunWritesTheSameSummaryByteForByte() throws IOException {
        assertEquals(0, second.code(), second.err());
        assertArrayEquals(firstSummary, Files.readAllBytes(out.resolve("summary.json")));
    }

    @Test
    void anUnwritableOutputFolderIsAClearError() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        CliRun run = CliRun.of("guide", "--out", file.resolve("inside").toString(), "--data",
                TestData.dir().toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().startsWith("nnbasics guide: --out "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

}
