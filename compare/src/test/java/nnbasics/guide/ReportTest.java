package nnbasics.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nnbasics.compare.Difference;
import org.junit.jupiter.api.Test;

/** The report page: contents, numbering, numbers for people, pictures as links, the proof's summary at the top. */
class ReportTest {

    /**
     * The step proof's bound on the guide's data: max(1e−12, 2n·2⁻⁵³) for chains of n ≤ 4,503 terms
     * (docs/twin-difference.md); the convex models' trajectory bound is the same 1e−12 (its table).
     */
    private static final double TOLERANCE = 1e-12;
    /** A difference as the engines produce it: a few ulps, here the issue's 4.0666802284817875E-15. */
    private static final double DIFFERENCE = 4.0666802284817875E-15;

    /** A section whose step proof is {@code d} and whose trajectory parts by ten times as much, both within 1e-12. */
    private static Section section(String number, String title, Difference d, String... pictures) {
        List<Figure> figures = new ArrayList<>();
        for (String p : pictures) {
            figures.add(new Figure(p, "caption of " + p, false));
        }
        TwinProof proof = d == null ? null : new TwinProof(d, TOLERANCE,
                new Difference(10 * d.value(), d.tensor(), d.step() + 1), TOLERANCE, null);
        return new Section(number, title, "story", "console\n", new LinkedHashMap<>(), proof, figures);
    }

    private static final List<Section> SECTIONS = List.of(
            section("1", "One weight", null, "01-one-weight.png"),
            section("4", "Automation", new Difference(DIFFERENCE, "W", 1), "04-gradient-descent.png"),
            section("7.1", "Classification: softmax", null, "07-softmax.png", "09-network-1x2.png"),
            section("7.2", "A classifier", new Difference(3.02e-15, "W", 252), "08-decision-boundary.png"));

    @Test
    void summaryNamesTheTensorBeforeTheStepInEveryJvm() throws Exception {
        // the same bytes on a re-run: a key order that does not depend on the JVM's hash seed
        String json = Report.summary(SECTIONS);
        assertTrue(java.util.regex.Pattern.compile("\"worst\"\\s*:\\s*\\{\\s*\"tensor\"\\s*:\\s*\"W\",\\s*\"step\"\\s*:\\s*252")
                .matcher(json).find(), json);
        assertTrue(java.util.regex.Pattern.compile("\"worst\"\\s*:\\s*\\{\\s*\"tensor\"\\s*:\\s*\"W\",\\s*\"step\"\\s*:\\s*253")
                .matcher(json).find(), "the trajectory's worst too: " + json);
    }

    @Test
    void startsWithTheProofAndAContentsListLinkingEverySection() {
        String html = Report.html(SECTIONS);
        int proof = html.indexOf("<table class=\"proof\">");
        int contents = html.indexOf("id=\"contents\"");
        int first = html.indexOf("<h2 id=\"s1\"");
        assertTrue(proof > 0 && proof < contents && contents < first, "the proof, then the contents, then section 1");
        for (Section s : SECTIONS) {
            assertTrue(html.contains("<a href=\"#" + Report.anchor(s) + "\">"), "the contents link " + s.number());
            assertTrue(html.contains("<h2 id=\"" + Report.anchor(s) + "\">"), "the heading of " + s.number());
        }
        String table = html.substring(proof, html.indexOf("</table>", proof));
        assertTrue(table.contains("4.07e−15</td><td>W</td><td class=\"number\">1</td><td class=\"number\">1e−12"
                + "</td><td class=\"ok\">agree</td><td class=\"number\">4.07e−14</td><td>W</td>"
                + "<td class=\"number\">2</td><td class=\"number\">1e−12</td><td class=\"number\">—</td>"),
                "section 4's step proof and trajectory, each with tensor, step and bound: " + table);
        assertTrue(table.contains("3.02e−15</td><td>W</td><td class=\"number\">252</td>"), table);
        assertEquals(4, table.split("1e−12").length - 1, "both bounds on each row that trains");
    }

    @Test
    void numbersAreForPeopleAndHeadingsAreNumberedOnce() {
        String html = Report.html(SECTIONS);
        assertFalse(html.contains("E-15") || html.contains("4.0666802284817875"), "no raw doubles");
        assertTrue(html.contains("Step proof: largest difference 4.07e−15 (tensor W, step 1) ≤ 1e−12, agree"),
                "the proof as people read it");
        Matcher headings = Pattern.compile("<h2 id=\"s[^\"]+\">([0-9.]+) ").matcher(html);
        List<String> numbers = new ArrayList<>();
        while (headings.find()) {
            numbers.add(headings.group(1));
        }
        assertEquals(List.of("1.", "4.", "7.1", "7.2"), numbers, "one heading per number");
    }

    /**
     * The step proof decides, the trajectory informs: section 10.4's 8-unit network (docs/hidden-layers.md's numbers
     * as the guide measured them: a trajectory of 0.108 with no bound, its control 0.092) agrees; a section whose
     * step proof is above its bound does not, whatever its trajectory.
     */
    @Test
    void theStepProofDecidesAndTheTrajectoryIsReportedBesideIt() throws Exception {
        Section chaotic = new Section("10.4", "A sweep", "story", "console\n", new LinkedHashMap<>(),
                new TwinProof(new Difference(1.83e-15, "P (8 units)", 1333), TOLERANCE,
                        new Difference(0.108, "P (8 units)", 1114), null, new Difference(0.092, "P (8 units)", 1114)),
                List.of());
        Section wrong = new Section("9", "A wrong engine", "story", "console\n", new LinkedHashMap<>(),
                new TwinProof(new Difference(2e-8, "W", 3), TOLERANCE, new Difference(2e-8, "W", 3), TOLERANCE, null),
                List.of());
        assertTrue(chaotic.agrees());
        assertFalse(wrong.agrees());
        String table = Report.proof(List.of(chaotic, wrong));
        assertTrue(table.contains("1.83e−15</td><td>P (8 units)</td><td class=\"number\">1333</td>"
                + "<td class=\"number\">1e−12</td><td class=\"ok\">agree</td><td class=\"number\">1.08e−1</td>"
                + "<td>P (8 units)</td><td class=\"number\">1114</td><td class=\"number\">none</td>"
                + "<td class=\"number\">9.20e−2</td>"), table);
        assertTrue(table.contains("<td class=\"bad\">disagree"), table);
        JsonNode summary = new ObjectMapper().readTree(Report.summary(List.of(chaotic)));
        JsonNode s = summary.get("sections").get(0);
        assertEquals(1.83e-15, s.get("maxRelativeDifference").asDouble(), 0.0, "the step proof, as classify --json");
        assertEquals(TOLERANCE, s.get("tolerance").asDouble(), 0.0);
        assertTrue(s.get("agree").asBoolean());
        assertEquals(1.83e-15, s.get("stepProof").get("maxRelativeDifference").asDouble(), 0.0);
        assertEquals(1333, s.get("stepProof").get("worst").get("step").asInt());
        assertEquals(0.108, s.get("trajectory").get("maxRelativeDifference").asDouble(), 0.0);
        assertTrue(s.get("trajectory").get("tolerance").isNull(), "no trajectory bound");
        assertTrue(s.get("trajectory").get("within").isNull());
        assertEquals(0.092, s.get("trajectory").get("oneUlpControl").get("maxRelativeDifference").asDouble(), 0.0);
        assertTrue(summary.get("twinsAgree").asBoolean());
        assertFalse(new ObjectMapper().readTree(Report.summary(List.of(chaotic, wrong))).get("twinsAgree").asBoolean());
    }

    @Test
    void everyPictureIsALinkToItsFullSizeFile() {
        String html = Report.html(SECTIONS);
        for (Section s : SECTIONS) {
            for (Figure f : s.pictures()) {
                assertTrue(html.contains("<a href=\"" + f.file() + "\"><img src=\"" + f.file() + "\""),
                        f.file() + " is a link to itself");
            }
        }
    }
}
