package nnbasics.compare.guide;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnbasics.compare.Difference;
import nnbasics.compare.charts.ChartFiles;
import nnbasics.compare.charts.ChartStyle;

/** Writes the guide's {@code summary.json} and {@code index.html}, each to a temporary name and then moved. */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    /** The summary: for each section, the figures printed and the twin difference. Same input, same bytes. */
    public static String summary(List<Section> sections, double tolerance) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("guide", "A Visual and Interactive Guide to the Basics of Neural Networks (J. Alammar, 2016)");
        root.put("twinTolerance", tolerance);
        root.put("twinsAgree", sections.stream().allMatch(s -> agrees(s, tolerance)));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("section", s.number());
            entry.put("title", s.title());
            entry.put("figures", s.figures());
            if (s.twinDifference() != null) {
                entry.put("maxRelativeDifference", s.twinDifference().value());
                Map<String, Object> worst = new LinkedHashMap<>();   // Map.of's order changes from one JVM to the next
                worst.put("tensor", s.twinDifference().tensor());
                worst.put("step", s.twinDifference().step());
                entry.put("worst", worst);
                if (s.tolerance() != null) {
                    entry.put("twinTolerance", s.tolerance());
                }
            }
            entry.put("pictures", s.pictures().stream().map(Figure::file).toList());
            list.add(entry);
        }
        root.put("sections", list);
        return JSON.writeValueAsString(root) + "\n";
    }

    static boolean agrees(Section s, double tolerance) {
        return s.agrees(tolerance);
    }

    /**
     * A page readable offline: the proof's summary (each section's twin difference against the tolerance) and a
     * table of contents at the top, then the narrative, the console tables and the pictures of every section, each
     * picture a link to its full-size file.
     */
    public static String html(List<Section> sections, double tolerance) {
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
                they take every step together and the page shows how far apart they ever were (tolerance
                """);
        h.append(people(ChartStyle.number(tolerance))).append(", relative");
        List<Double> own = sections.stream().map(Section::tolerance).filter(t -> t != null).distinct().toList();
        for (Double t : own) {
            List<String> numbers = sections.stream().filter(s -> t.equals(s.tolerance())).map(Section::number)
                    .toList();
            h.append("; ").append(people(ChartStyle.number(t))).append(" in section")
                    .append(numbers.size() == 1 ? " " : "s ").append(String.join(" and ", numbers))
                    .append(", networks with a hidden layer, whose loss is not convex");
        }
        h.append("). Click a picture to see it full size.</p>\n");
        h.append(proof(sections, tolerance));
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
            if (s.twinDifference() != null) {
                boolean ok = agrees(s, tolerance);
                h.append("<p class=\"").append(ok ? "ok" : "bad").append("\">Twin check: largest twin "
                        + "difference ").append(escape(people(s.twinDifference().describe()))).append(ok ? " ≤ " : " > ")
                        .append(people(ChartStyle.number(s.tolerance(tolerance)))).append("</p>\n");
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

    /** The proof at a glance: one row per section that trains both engines. */
    static String proof(List<Section> sections, double tolerance) {
        StringBuilder t = new StringBuilder("<table class=\"proof\">\n<caption>The proof: the largest twin difference "
                + "of each section that trains both engines, against the tolerance</caption>\n<tr><th>section</th>"
                + "<th>twin difference</th><th>tensor</th><th>step</th><th>tolerance</th><th></th></tr>\n");
        for (Section s : sections) {
            if (s.twinDifference() == null) {
                continue;
            }
            boolean ok = agrees(s, tolerance);
            Difference d = s.twinDifference();
            t.append("<tr><td><a href=\"#").append(anchor(s)).append("\">").append(escape(s.heading())).append(' ')
                    .append(escape(s.title())).append("</a></td><td class=\"number\">")
                    .append(people(Difference.format(d.value()))).append("</td><td>").append(escape(d.tensor()))
                    .append("</td><td class=\"number\">").append(d.step()).append("</td><td class=\"number\">")
                    .append(people(ChartStyle.number(s.tolerance(tolerance)))).append("</td><td class=\"")
                    .append(ok ? "ok\">agree" : "bad\">disagree").append("</td></tr>\n");
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
    public static void write(Path out, List<Section> sections, double tolerance) throws IOException {
        ChartFiles.writeString(out.resolve("summary.json"), summary(sections, tolerance));
        ChartFiles.writeString(out.resolve("index.html"), html(sections, tolerance));
    }
}
