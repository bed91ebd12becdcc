package nnbasics.guide;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnbasics.compare.Difference;
import nnbasics.compare.ProofJson;
import nnbasics.charts.ChartFiles;
import nnbasics.charts.ChartStyle;

/** Writes the guide's {@code summary.json} and {@code index.html}, each to a temporary name and then moved. */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    /**
     * The summary: for each section, the figures printed and, where it trains both engines, its proof in the shape
     * of {@code classify --json}'s ({@link #putProof}). Same input, same bytes.
     */
    public static String summary(List<Section> sections) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("guide", "A Visual and Interactive Guide to the Basics of Neural Networks (J. Alammar, 2016)");
        root.put("twinsAgree", sections.stream().allMatch(Section::agrees));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("section", s.number());
            entry.put("title", s.title());
            entry.put("figures", s.figures());
            if (s.proof() != null) {
                putProof(entry, s.proof());
            }
            entry.put("pictures", s.pictures().stream().map(Figure::file).toList());
            list.add(entry);
        }
        root.put("sections", list);
        return JSON.writeValueAsString(root) + "\n";
    }

    /**
     * A proof as {@code classify --json} writes it ({@code docs/twin-difference.md}): {@code maxRelativeDifference},
     * {@code worst} ({@code tensor}, {@code step}), {@code tolerance} and {@code agree} of the step proof, which
     * decides; then {@code stepProof} (the same four) and {@code trajectory} ({@code maxRelativeDifference},
     * {@code worst}, its {@code tolerance} or null, {@code within} or null, and {@code oneUlpControl} where there is
     * one).
     */
    static void putProof(Map<String, Object> object, TwinProof p) {
        ProofJson.put(object, p.step(), p.stepBound(), p.agrees(), p.trajectory(), p.trajectoryBound(), p.control(),
                null);
    }

    /**
     * A page readable offline: the proof's summary (each section's twin difference against the tolerance) and a
     * table of contents at the top, then the narrative, the console tables and the pictures of every section, each
     * picture a link to its full-size file.
     */
    public static String html(List<Section> sections) {
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>nn-basics: the guide, twice</title>
                <style>
                body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
                       color: #222; line-height: 1.45; }
                h1 { font-size: 1.6em; } h2 { margin-top: 2.2em; border-bottom: 1px solid #ddd; }
                pre { background: #f6f6f6; padding: .8em; overflow-x: auto; font-size: .85em; }
                figure { margin: 1.2em 0; } img { max-width: 100%; border: 1px solid #eee; }
                figcaption { color: #555; font-size: .9em; }
                .ok { color: #1a7f37; } .bad { color: #cf222e; }
                table.proof { border-collapse: collapse; margin: 1em 0; font-size: .92em; }
                table.proof th, table.proof td { border: 1px solid #ddd; padding: .25em .6em; text-align: left; }
                table.proof td.number { text-align: right; font-variant-numeric: tabular-nums; }
                nav ul { columns: 2; list-style: none; padding-left: 0; }
                .diagrams { display: flex; flex-wrap: wrap; gap: .8em; }
                .diagrams figure { width: 28em; margin: 0; }
                </style>
                </head>
                <body>
                <h1>The basics of neural networks, twice</h1>
                <p>Every concept of J. Alammar's <em>A Visual and Interactive Guide to the Basics of Neural
                Networks</em>, computed by hand in plain Java and with Deeplearning4j. Where both engines train,
                every step is proven: the hand-written engine takes each step from DL4J's own state, and its result
                must match DL4J's step within the <em>step proof</em>'s bound, max(10<sup>−12</sup>, 2n·2<sup>−53</sup>)
                for sums of n terms (""");
        List<String> bounds = sections.stream().filter(s -> s.proof() != null)
                .map(s -> people(ChartStyle.number(s.proof().stepBound()))).distinct().toList();
        h.append(bounds.size() == 1 ? bounds.get(0) + " for every section here" : "here " + String.join(", ", bounds))
                .append("""
                ): a section above it fails. Beside it, the <em>trajectory</em>: how far the two engines running free
                from the same start part. On the convex models that stays at rounding; a network's loss is not convex
                and may magnify rounding, as far as one ulp of the start carries the hand-written engine against
                itself (the <em>one-ulp control</em>). Click a picture to see it full size.</p>
                <p>Read next, in the project: <code>README.md</code> (the commands, the window, the twins to read side
                by side), <code>docs/twin-difference.md</code> (the proof and its bounds, derived),
                <code>docs/commands.md</code> (every command and flag) and <code>docs/index.md</code> (every page).</p>
                """);
        h.append(proof(sections));
        h.append("<nav>\n<h2 id=\"contents\">Contents</h2>\n<ul>\n");
        for (Section s : sections) {
            h.append("<li><a href=\"#").append(anchor(s)).append("\">").append(escape(s.heading())).append(' ')
                    .append(escape(s.title())).append("</a></li>\n");
        }
        h.append("</ul>\n</nav>\n");
        for (Section s : sections) {
            h.append("<h2 id=\"").append(anchor(s)).append("\">").append(escape(s.heading())).append(' ')
                    .append(escape(s.title())).append("</h2>\n");
            h.append("<p>").append(escape(s.narrative())).append("</p>\n");
            h.append("<pre>").append(escape(s.console())).append("</pre>\n");
            if (s.proof() != null) {
                TwinProof p = s.proof();
                h.append("<p class=\"").append(p.agrees() ? "ok" : "bad").append("\">Step proof: largest difference ")
                        .append(escape(people(p.step().describe()))).append(p.agrees() ? " ≤ " : " > ")
                        .append(people(ChartStyle.number(p.stepBound()))).append(p.agrees() ? ", agree" : ", DISAGREE")
                        .append(". Trajectory: the engines running free part by ")
                        .append(escape(people(p.trajectory().describe())))
                        .append(p.trajectoryBound() == null ? ", no trajectory bound"
                                : (p.trajectoryWithin() ? " ≤ " : " > ") + people(ChartStyle.number(p.trajectoryBound())))
                        .append(p.control() == null ? "" : "; one-ulp control "
                                + escape(people(p.control().describe())))
                        .append(".</p>\n");
            }
            List<Figure> diagrams = s.pictures().stream().filter(f -> f.file().startsWith("09-")).toList();
            for (Figure f : s.pictures()) {
                if (!diagrams.contains(f)) {
                    h.append(figure(f));
                }
            }
            if (!diagrams.isEmpty()) {
                h.append("<h3>The shape explorer</h3>\n<div class=\"diagrams\">\n");
                diagrams.forEach(f -> h.append(figure(f)));
                h.append("</div>\n");
            }
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /**
     * The proof at a glance: one row per section that trains both engines, the step proof (which decides) against
     * its bound, then the trajectory with its bound (— where none exists) and the one-ulp control (— where none ran).
     */
    static String proof(List<Section> sections) {
        StringBuilder t = new StringBuilder("<table class=\"proof\">\n<caption>The proof: each section's step "
                + "proof (every step from DL4J's state against DL4J's), against its bound; beside it the engines "
                + "running free</caption>\n<tr><th rowspan=\"2\">section</th><th colspan=\"5\">step proof</th>"
                + "<th colspan=\"5\">trajectory</th></tr>\n<tr><th>largest</th><th>tensor</th><th>step</th>"
                + "<th>bound</th><th></th><th>largest</th><th>tensor</th><th>step</th><th>bound</th>"
                + "<th>one-ulp control</th></tr>\n");
        for (Section s : sections) {
            TwinProof p = s.proof();
            if (p == null) {
                continue;
            }
            Difference d = p.step();
            Difference free = p.trajectory();
            t.append("<tr><td><a href=\"#").append(anchor(s)).append("\">").append(escape(s.heading())).append(' ')
                    .append(escape(s.title())).append("</a></td><td class=\"number\">")
                    .append(people(Difference.format(d.value()))).append("</td><td>").append(escape(d.tensor()))
                    .append("</td><td class=\"number\">").append(d.step()).append("</td><td class=\"number\">")
                    .append(people(ChartStyle.number(p.stepBound()))).append("</td><td class=\"")
                    .append(p.agrees() ? "ok\">agree" : "bad\">disagree").append("</td><td class=\"number\">")
                    .append(people(Difference.format(free.value()))).append("</td><td>").append(escape(free.tensor()))
                    .append("</td><td class=\"number\">").append(free.step()).append("</td><td class=\"number\">")
                    .append(p.trajectoryBound() == null ? "none" : people(ChartStyle.number(p.trajectoryBound())))
                    .append("</td><td class=\"number\">")
                    .append(p.control() == null ? "—" : people(Difference.format(p.control().value())))
                    .append("</td></tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    /** "s7-1" for section 7.1. */
    static String anchor(Section s) {
        return "s" + s.number().replace('.', '-');
    }

    /**
     * Scientific notation as people write it: "4.07e-15" → "4.07e−15" (a minus sign, not a hyphen), "6.28e-07" →
     * "6.28e−7" (no padded exponent).
     */
    static String people(String text) {
        return text.replaceAll("e-0?(\\d)", "e−$1");
    }

    private static String figure(Figure f) {
        String file = escape(f.file());
        return "<figure><a href=\"" + file + "\"><img src=\"" + file + "\" alt=\"" + escape(f.caption())
                + "\"></a><figcaption>" + escape(f.caption()) + (f.hasSvg() ? " (<a href=\""
                + escape(f.file().replace(".png", ".svg")) + "\">SVG</a>)" : "") + "</figcaption></figure>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Writes summary.json and index.html into {@code out}. */
    public static void write(Path out, List<Section> sections) throws IOException {
        ChartFiles.writeString(out.resolve("summary.json"), summary(sections));
        ChartFiles.writeString(out.resolve("index.html"), html(sections));
    }
}
