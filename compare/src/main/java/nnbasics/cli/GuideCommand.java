package nnbasics.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nnbasics.charts.ChartStyle;
import nnbasics.guide.Guide;
import nnbasics.guide.GuideData;
import nnbasics.guide.Report;
import nnbasics.guide.Progress;
import nnbasics.guide.Section;
import nnbasics.guide.Timings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nnbasics guide}: the whole guide, both engines, pictures and a report. */
@Command(name = "guide",
        header = "Run the whole guide with both engines: tables, twin check, pictures, report.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Walk through the guide section by section with both engines: print each section's tables and",
            "numbers, train every concept with the hand-written engine and DL4J in lock-step and prove every step:",
            "from DL4J's state the hand-written engine's step must match DL4J's within the step proof's bound",
            "(max(1e-12, 2n x 2^-53)); beside it, how far the two engines running free part (the trajectory).",
            "Draw the pictures (PNG and SVG) and write DIR/summary.json and DIR/index.html (open it in a",
            "browser). Exits with 3 if a section's step proof is above its bound.",
            "",
            "Only the files it names are written in DIR; other files there are left alone.",
            ""})
public final class GuideCommand implements Callable<Integer> {

    /** Exit code when the engines disagree. */
    public static final int TWINS_DISAGREE = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", defaultValue = "out/guide", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}); created if missing.")
    private Path out;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "The folder with houses.csv and houses-labelled.csv (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        GuideData guideData = GuideData.load(data);
        prepare(out);
        Timings timings = Timings.fromEnvironment();
        // a live line on a terminal while the runs work: every lock-step update of every run, counted together
        ConsoleProgress bar = ConsoleProgress.shared("guide: lock-step updates");
        List<Section> sections;
        try {
            sections = Guide.run(guideData, out, section -> {
                if (bar != null) {
                    bar.clear();
                }
                console.printf("%n== %s %s ==%n%s", section.heading(), section.title(), section.console());
                console.flush();
            }, timings, bar == null ? Progress.Listener.NONE : bar::at);
            if (bar != null) {
                bar.clear();
            }
            Report.write(out, sections);
        } catch (IOException e) {
            throw failed(e);
        } catch (RuntimeException e) {   // a picture's writer wraps the disk's error unchecked
            throw failed(e);
        }
        timings.print(System.err);
        List<Section> disagreeing = sections.stream().filter(s -> !s.agrees()).toList();
        console.printf("%nwrote %s/index.html, summary.json and %d pictures%n", out,
                sections.stream().mapToInt(s -> s.pictures().size()).sum());
        if (!disagreeing.isEmpty()) {
            for (Section s : disagreeing) {
                spec.commandLine().getErr().printf("nnbasics guide: the engines disagree in section %s: from the "
                                + "same state, %s, above the step proof's bound %s%n", s.number(),
                        s.proof().step().describe(), ChartStyle.number(s.proof().stepBound()));
            }
            spec.commandLine().getErr().flush();
            return TWINS_DISAGREE;
        }
        console.printf("step proof: the two engines agree within %s at every step of every section%n",
                stepBounds(sections));
        return 0;
    }

    /** "1e-12", or "1e-12 (section 9: 2e-12)" when a section's bound differs from the first one's. */
    static String stepBounds(List<Section> sections) {
        List<Section> proven = sections.stream().filter(s -> s.proof() != null).toList();
        if (proven.isEmpty()) {
            return "(nothing trained)";
        }
        double first = proven.get(0).proof().stepBound();
        StringBuilder s = new StringBuilder(ChartStyle.number(first));
        List<String> others = proven.stream().filter(x -> x.proof().stepBound() != first)
                .map(x -> "section " + x.number() + ": " + ChartStyle.number(x.proof().stepBound())).toList();
        if (!others.isEmpty()) {
            s.append(" (").append(String.join("; ", others)).append(')');
        }
        return s.toString();
    }

    /** One line naming --out and the file when an output file failed; anything else as it was. */
    private <E extends Exception> E failed(E e) {
        UserError line = OutputFolder.writeFailed("--out", out, e);
        if (line != null) {
            throw line;
        }
        return e;
    }

    /** Creates the folder and proves it writable before any work, so that a bad --out fails at once. */
    static void prepare(Path dir) {
        OutputFolder.prepare("--out", dir);
    }
}
