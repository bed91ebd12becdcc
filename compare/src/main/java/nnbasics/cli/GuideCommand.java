package nnbasics.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nnbasics.compare.Tolerances;
import nnbasics.compare.guide.Guide;
import nnbasics.compare.guide.GuideData;
import nnbasics.compare.guide.Report;
import nnbasics.compare.guide.Section;
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
            "numbers, train every concept with the hand-written engine and DL4J in lock-step and print how far",
            "apart they ever were, draw the pictures (PNG and SVG) and write DIR/summary.json and DIR/index.html",
            "(open it in a browser). Exits with 3 if the engines disagree beyond the tolerance.",
            "",
            "Only the files it names are written in DIR; other files there are left alone.",
            ""})
public final class GuideCommand implements Callable<Integer> {

    /** The twin tolerance of the guide's models: the twin difference per tensor, at every step. */
    public static final double TWIN_TOLERANCE = Tolerances.GUIDE_MODELS;

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
        List<Section> sections = Guide.run(guideData, out, section -> {
            console.printf("%n== %s %s ==%n%s", section.heading(), section.title(), section.console());
            console.flush();
        });
        Report.write(out, sections, TWIN_TOLERANCE);
        List<Section> disagreeing = sections.stream()
                .filter(s -> !s.agrees(TWIN_TOLERANCE)).toList();
        console.printf("%nwrote %s/index.html, summary.json and %d pictures%n", out,
                sections.stream().mapToInt(s -> s.pictures().size()).sum());
        if (!disagreeing.isEmpty()) {
            for (Section s : disagreeing) {
                spec.commandLine().getErr().printf("nnbasics guide: the engines disagree beyond %s in section %s%n",
                        nnbasics.compare.charts.ChartStyle.number(s.tolerance(TWIN_TOLERANCE)), s.number());
            }
            return TWINS_DISAGREE;
        }
        console.printf("the two engines agree within %s at every step of every section%s%n",
                nnbasics.compare.charts.ChartStyle.number(TWIN_TOLERANCE), ownTolerances(sections));
        return 0;
    }

    /** " (sections 10.3 and 10.4: within 1e-5)" for the sections held to their own tolerance, else "". */
    static String ownTolerances(List<Section> sections) {
        StringBuilder s = new StringBuilder();
        sections.stream().map(Section::tolerance).filter(t -> t != null).distinct().forEach(t -> {
            List<String> numbers = sections.stream().filter(x -> t.equals(x.tolerance())).map(Section::number)
                    .toList();
            s.append(s.length() == 0 ? " (" : "; ").append(numbers.size() == 1 ? "section " : "sections ")
                    .append(String.join(" and ", numbers)).append(": within ")
                    .append(nnbasics.compare.charts.ChartStyle.number(t));
        });
        return s.length() == 0 ? "" : s.append(')').toString();
    }

    /** Creates the folder and proves it writable before any work, so that a bad --out fails at once. */
    static void prepare(Path dir) {
        OutputFolder.prepare("--out", dir);
    }
}
