package nnbasics.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Makes every command's help read well, in one place rather than in each command's annotations:
 * <ul>
 *   <li>descriptions are written in the sources as lines of about 100 characters; picocli would wrap each line
 *       again at the terminal's width ("… the largest twin difference" / "between them …"). Consecutive lines of
 *       one paragraph are joined, so picocli wraps each paragraph once. Lines that start with a space (examples,
 *       lists) and empty lines stay as they are.</li>
 *   <li>an option that splits its value (split = ",") shows its label once and picocli's repetition mark,
 *       {@code --features=A[,A...]}, not {@code --features=A,B,...[,A,B,......]}.</li>
 *   <li>every option with a default value says so: one whose description does not mention its default gets
 *       "(default: …)" appended.</li>
 *   <li>example lines longer than the width are continued with a shell backslash, so they can still be
 *       copied.</li>
 *   <li>the usage line wraps between options only: picocli also breaks inside one, after a comma or a dot
 *       ({@code [--hidden=N[,} / {@code N...]]...}, {@code [--init=FILE.} / {@code json]}).</li>
 * </ul>
 */
final class HelpLayout {

    private HelpLayout() {
    }

    static void apply(CommandLine cmd) {
        CommandSpec spec = cmd.getCommandSpec();
        int width = cmd.getUsageHelpWidth();
        spec.usageMessage().description(paragraphs(spec.usageMessage().description()));
        spec.usageMessage().footer(examples(paragraphs(spec.usageMessage().footer()), width));
        cmd.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, HelpLayout::synopsis);
        List<OptionSpec> options = new ArrayList<>(spec.options());
        for (OptionSpec option : options) {
            spec.remove(option);
        }
        for (OptionSpec option : options) {
            spec.addOption(relabelled(option));
        }
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (sub.getCommandSpec() != spec) {
                apply(sub);
            }
        }
    }

    private static OptionSpec relabelled(OptionSpec option) {
        OptionSpec.Builder builder = option.toBuilder().description(paragraphs(option.description()));
        if (!option.splitRegex().isEmpty()) {
            String label = option.paramLabel();
            String separator = option.splitRegexSynopsisLabel().isEmpty() ? option.splitRegex()
                    : option.splitRegexSynopsisLabel();
            int cut = label.indexOf(separator);
            builder.paramLabel(cut > 0 ? label.substring(0, cut) : label).splitRegexSynopsisLabel(separator);
        }
        boolean hasDefault = option.defaultValue() != null && !option.usageHelp() && !option.versionHelp()
                && option.arity().max() > 0;
        if (hasDefault && !String.join(" ", option.description()).toLowerCase(Locale.ROOT).contains("default")) {
            String[] description = paragraphs(option.description());
            String[] withDefault = description.length == 0 ? new String[] {""} : description.clone();
            String last = withDefault[withDefault.length - 1].strip();
            boolean period = last.endsWith(".");
            withDefault[withDefault.length - 1] = ((period ? last.substring(0, last.length() - 1) : last)
                    + " (default: ${DEFAULT-VALUE})" + (period ? "." : "")).strip();
            builder.description(withDefault);
        }
        return builder.build();
    }

    /** Wider than any usage line: picocli lays the synopsis out on one line at this width. */
    private static final int ONE_LINE = 10_000;

    /**
     * The synopsis as picocli writes it on one line, then wrapped at the spaces between its options to the help's
     * width, each continuation indented under the first option.
     */
    static String synopsis(CommandLine.Help help) {
        CommandLine.Model.UsageMessageSpec usage = help.commandSpec().usageMessage();
        int width = usage.width();
        String line;
        try {
            usage.width(ONE_LINE);
            line = help.synopsis(help.synopsisHeadingLength()).strip();
        } finally {
            usage.width(width);
        }
        int indent = help.synopsisHeadingLength() + help.commandSpec().qualifiedName().length() + 1;
        return wrapAtSpaces(line, width, help.synopsisHeadingLength(), indent) + System.lineSeparator();
    }

    /**
     * Greedy wrapping at spaces: a word goes on the line if it still ends before column {@code width} (picocli leaves the last one free), else it starts the
     * next line, indented by {@code indent}; only a word longer than a whole line is cut, after its last | or comma that fits, as picocli would.
     *
     * @param start the column the first line starts at (after the heading "Usage: ")
     */
    static String wrapAtSpaces(String line, int width, int start, int indent) {
        StringBuilder out = new StringBuilder();
        int column = start;
        boolean empty = true;
        for (String word : line.split(" ")) {
            if (!empty && column + 1 + word.length() > width - 1) {     // as picocli: the last column stays free
                out.append(System.lineSeparator()).append(" ".repeat(indent));
                column = indent;
                empty = true;
            }
            if (!empty) {
                out.append(' ');
                column++;
            }
            String rest = word;
            while (column + rest.length() > width - 1 && width - 1 - column > 0) {   // longer than a whole line
                int cut = width - 1 - column;
                int mark = Math.max(rest.lastIndexOf('|', cut - 1), rest.lastIndexOf(',', cut - 1));
                cut = mark > 0 ? mark + 1 : cut;                  // after a | or a comma where one fits
                out.append(rest, 0, cut).append(System.lineSeparator()).append(" ".repeat(indent));
                rest = rest.substring(cut);
                column = indent;
            }
            out.append(rest);
            column += rest.length();
            empty = false;
        }
        return out.toString();
    }

    /** Joins the lines of each paragraph with a space; keeps empty lines and lines that start with a space. */
    static String[] paragraphs(String[] lines) {
        List<String> joined = new ArrayList<>();
        for (String line : lines) {
            boolean continues = !joined.isEmpty() && !joined.get(joined.size() - 1).isEmpty() && !line.isEmpty()
                    && !line.startsWith(" ") && !joined.get(joined.size() - 1).startsWith(" ")
                    && !joined.get(joined.size() - 1).endsWith(":") && !line.endsWith("%n");
            if (continues) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + line);
            } else {
                joined.add(line);
            }
        }
        return joined.toArray(String[]::new);
    }

    /**
     * Example lines ("  nnbasics …") longer than {@code width} are broken at a space and continued with
     * " \\" and a deeper indent, as one would type them into a shell.
     */
    static String[] examples(String[] lines, int width) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.stripLeading().startsWith("nnbasics ") || line.length() <= width) {
                out.add(line);
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length()) + "    ";
            String rest = line;
            boolean first = true;
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(" --", width - 2);
                if (cut <= indent.length()) {
                    cut = rest.lastIndexOf(' ', width - 2);
                }
                if (cut <= indent.length()) {
                    break;
                }
                out.add(rest.substring(0, cut) + " \\");
                rest = indent + rest.substring(cut + 1);
                first = false;
            }
            out.add(rest);
        }
        return out.toArray(String[]::new);
    }
}
