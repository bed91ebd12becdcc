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
