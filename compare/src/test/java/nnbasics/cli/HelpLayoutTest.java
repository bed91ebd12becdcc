package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every command's help, rendered at a terminal's width: it fits, wraps once, shows its defaults and labels once. */
class HelpLayoutTest {

    /** The usual terminal, and a narrow one. */
    private static final int WIDTH = 80;
    private static final int NARROW = 60;
    /**
     * A description line this much shorter than the width, followed by more of the same paragraph, is a line
     * that was wrapped twice (at the source's 100 columns and again at the terminal's).
     */
    private static final int SHORT_LINE = WIDTH / 2;

    private static String help(int width, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err), Integer.toString(width));
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide", "fit", "classify", "softmax", "bench", "explore", "mnist", "mnist-sweep"})
    void fitsTheTerminalAndWrapsEachParagraphOnce(String command) {
        for (int width : new int[] {WIDTH, NARROW}) {
            String help = help(width, command, "--help");
            List<String> lines = help.lines().toList();
            for (String line : lines) {
                assertTrue(line.length() <= width, () -> command + " --help at " + width + " columns: "
                        + line.length() + " > " + width + ": \"" + line + "\"");
            }
            if (width != WIDTH) {
                continue;
            }
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = lines.get(i);
                String next = lines.get(i + 1);
                boolean prose = !line.isEmpty() && !line.startsWith(" ") && !next.isEmpty() && !next.startsWith(" ")
                        && !line.startsWith("Usage:") && !line.endsWith(":") && Character.isLowerCase(next.charAt(0));
                int row = i;
                assertFalse(prose && line.length() < SHORT_LINE, () -> command + " --help wraps twice at line "
                        + row + ": \"" + line + "\" / \"" + next + "\"");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fit", "classify", "mnist"})
    void splitOptionsShowTheirLabelOnce(String command) {
        String help = help(WIDTH, command, "--help");
        assertFalse(help.contains("......") || help.contains("[,A,B"), command + " --help:\n" + help);
    }

    @Test
    void theUsageLineOfFitReadsAsPicocliWritesRepetition() {
        assertTrue(help(WIDTH, "fit", "--help").contains("[--features=A[,A...]]..."), "the synopsis of --features");
    }

    /** picocli alone breaks inside an option after a comma or a dot ({@code [--init=FILE.} / {@code json]}). */
    @ParameterizedTest
    @ValueSource(strings = {"fit", "classify", "mnist", "mnist-sweep", "predict"})
    void theUsageLineBreaksBetweenOptionsOnly(String command) {
        List<String> lines = help(WIDTH, command, "--help").lines().toList();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Usage:")).findFirst().orElseThrow());
        for (int i = first + 1; i < lines.size() && lines.get(i).startsWith(" "); i++) {
            String line = lines.get(i).strip();
            assertTrue(line.startsWith("[") || line.startsWith("--"), command + " --help, usage line " + (i - first)
                    + " starts inside an option: \"" + line + "\"");
            assertTrue(lines.get(i).length() < WIDTH, command + ": " + lines.get(i));
        }
    }

    @Test
    void benchShowsItsDefaults() {
        String help = help(WIDTH, "bench", "--help");
        assertTrue(help.contains("(default: 7)"), help);
        assertTrue(help.contains("(default: data)"), help);
    }

    @Test
    void everyOptionWithADefaultSaysSo() {
        for (String command : List.of("guide", "fit", "classify", "bench", "mnist", "mnist-sweep")) {
            String help = help(WIDTH, command, "--help").replaceAll("\\s+", " ");
            assertTrue(help.toLowerCase().contains("default"), command + " shows defaults");
        }
    }

    @Test
    void theWidthComesFromColumnsWhenItIsSane() {
        assertEquals(120, Main.helpWidth("120"));
        assertEquals(Main.HELP_WIDTH, Main.helpWidth("20"), "narrower than picocli allows");
        assertEquals(Main.HELP_WIDTH, Main.helpWidth("wide"));
        assertEquals(Main.HELP_WIDTH, Main.helpWidth(null));
    }

    @Test
    void examplesLongerThanTheLineAreContinuedWithABackslash() {
        String[] lines = HelpLayout.examples(new String[] {
            "  nnbasics fit --data data/houses.csv --target price --standardize --lr 0.1 --steps 500"}, WIDTH);
        assertEquals(2, lines.length);
        assertTrue(lines[0].endsWith(" \\") && lines[0].length() <= WIDTH, lines[0]);
        assertEquals("      --steps 500", lines[1]);
    }
}
