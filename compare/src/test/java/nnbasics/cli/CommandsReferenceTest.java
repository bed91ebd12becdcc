package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/commands.md agrees with each command's --help: the flags its synopsis blocks (the fenced blocks that start
 * with {@code nnbasics COMMAND}) name are exactly the options picocli knows for that command, besides -h/-V.
 */
class CommandsReferenceTest {

    private static final Pattern BLOCK = Pattern.compile("```[a-z]*\\n(nnbasics ([a-z-]+).*?)```", Pattern.DOTALL);
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--[a-z0-9][a-z0-9-]*");

    /** Every flag the synopses of docs/commands.md name, by command. */
    static Map<String, Set<String>> documented(String page) {
        Map<String, Set<String>> flags = new TreeMap<>();
        Matcher block = BLOCK.matcher(page);
        while (block.find()) {
            Set<String> names = flags.computeIfAbsent(block.group(2), c -> new TreeSet<>());
            Matcher flag = FLAG.matcher(block.group(1));
            while (flag.find()) {
                names.add(flag.group());
            }
        }
        return flags;
    }

    /** The long options of each command as picocli parses them, without --help and --version. */
    static Map<String, Set<String>> parsed() {
        Map<String, Set<String>> flags = new TreeMap<>();
        for (Map.Entry<String, CommandLine> command : Main.commandLine(null).getSubcommands().entrySet()) {
            Set<String> names = new TreeSet<>();
            for (OptionSpec option : command.getValue().getCommandSpec().options()) {
                if (!option.usageHelp() && !option.versionHelp()) {
                    names.add(option.longestName());
                }
            }
            flags.put(command.getKey(), names);
        }
        return flags;
    }

    @Test
    void everySynopsisNamesExactlyTheCommandsOptions() throws IOException {
        Map<String, Set<String>> documented = documented(Files.readString(
                ReadmeExamplesTest.root().resolve("docs/commands.md")));
        assertFalse(documented.isEmpty(), "docs/commands.md has synopsis blocks");
        Map<String, Set<String>> parsed = parsed();
        for (Map.Entry<String, Set<String>> command : documented.entrySet()) {
            assertEquals(parsed.get(command.getKey()), command.getValue(),
                    "the synopsis of " + command.getKey() + " in docs/commands.md against its --help");
        }
    }

    @Test
    void findsTheFlagsOfSynopsisBlocksOnly() {
        String page = """
                Run `nnbasics fit --json` inline: not a synopsis.
                ```
                nnbasics fit --data FILE.csv [--hold-trajectory]
                             [--rows N]
                ```
                ```sh
                ./nnbasics fit --steps 3
                ```
                """;
        assertEquals(Map.of("fit", Set.of("--data", "--hold-trajectory", "--rows")), documented(page));
    }
}
