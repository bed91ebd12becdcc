package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nnbasics.compare.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./nnbasics …} line in the fenced code blocks of README and of every page of {@code docs/} runs and
 * exits with 0, in-process
 * ({@link Main#execute}), as from the project root: relative paths under the root ({@code data/…}) are resolved
 * against it, and the folders a command defaults to relative to the working directory ({@code --data data},
 * {@code --out out/…}) are given explicitly — the project's {@code data/} and a temporary folder — because the
 * tests run with the module as working directory. README is read as it is at test time, whatever it contains.
 *
 * <p>{@code explore} needs a display and is not run here (ExploreCommandTest covers it headless);
 * {@value GuideCommandTest#README_EXAMPLE} is run, with the arguments {@link #asFromRoot} gives it, by
 * {@link GuideCommandTest} as the first of its two runs (the guide takes the longest of all examples, and that class
 * needs a run of it anyway); any other command is run here. The time of each example is printed, so slow ones can be
 * shortened in README.
 */
class ReadmeExamplesTest {

    /** The commands that write into, or read from, a folder relative to the working directory by default. */
    private static final List<String> OUT_COMMANDS = List.of("guide", "mnist");
    /** The flags whose value is a model folder that one example writes and a later one reads, kept in tmp. */
    private static final List<String> MODEL_FLAGS = List.of("--save", "--model");
    private static final List<String> DATA_COMMANDS = List.of("guide", "mnist", "bench", "explore");

    @TempDir
    static Path tmp;

    static Path root() {
        return TestData.dir().toAbsolutePath().normalize().getParent();
    }

    /** The lines of README's fenced code blocks that start with "./nnbasics ", in order. */
    static List<String> examples(String readme) {
        List<String> examples = new ArrayList<>();
        boolean inBlock = false;
        for (String line : readme.lines().toList()) {
            if (line.strip().startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock && line.strip().startsWith("./nnbasics ")) {
                examples.add(line.strip());
            }
        }
        return examples;
    }

    /**
     * Splits a shell command line into words as sh would for these examples: whitespace separates words, single
     * quotes keep everything literally, double quotes keep everything but a backslash before " \ $ `, a backslash
     * outside quotes keeps the next character; a word may join quoted and unquoted parts ({@code --x="a b"c}).
     * A '#' starting a word begins a comment. Variables, globs and operators (| ; & &lt; &gt;) are not expanded:
     * they are refused, since an example using them does not run as one command.
     */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated ' in: " + line);
                }
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    char d = line.charAt(j);
                    if (d == '\\' && j + 1 < line.length() && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                        word.append(line.charAt(++j));
                    } else if (d == '$' || d == '`') {
                        throw new IllegalArgumentException("expansion inside \"…\" is not supported: " + line);
                    } else {
                        word.append(d);
                    }
                }
                if (j >= line.length()) {
                    throw new IllegalArgumentException("unterminated \" in: " + line);
                }
                i = j;
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                }
                inWord = true;
            } else if ("|;&<>$`*?".indexOf(c) >= 0) {
                throw new IllegalArgumentException("'" + c + "' needs a shell, not one command: " + line);
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** The example's arguments (without "./nnbasics") as run from {@code root}, writing into {@code out}. */
    static List<String> asFromRoot(List<String> words, Path root, Path out) {
        List<String> args = new ArrayList<>();
        String previous = "";
        for (String w : words.subList(1, words.size())) {
            if (previous.equals("--chart") && !Path.of(w).isAbsolute()) {
                // a picture: into the example's own folder, never over the docs' pictures
                args.add(out.resolve(Path.of(w).getFileName()).toString());
                previous = w;
                continue;
            }
            if (MODEL_FLAGS.contains(previous) && !Path.of(w).isAbsolute()) {
                // a model folder: one example writes it, a later one reads it, so beside every example's out
                args.add(out.resolveSibling("models").resolve(w).toString());
                previous = w;
                continue;
            }
            previous = w;
            // a path word ("data/houses.csv") or an option's attached value ("--data=data/houses.csv")
            int equals = w.startsWith("--") ? w.indexOf('=') : -1;
            String prefix = equals < 0 ? "" : w.substring(0, equals + 1);
            String value = w.substring(prefix.length());
            boolean underRoot = !value.isEmpty() && !value.startsWith("-") && !Path.of(value).isAbsolute()
                    && Files.exists(root.resolve(value));
            args.add(underRoot ? prefix + root.resolve(value) : w);
        }
        String command = args.isEmpty() ? "" : args.get(0);
        if (DATA_COMMANDS.contains(command) && args.stream().noneMatch(a -> a.equals("--data") || a.startsWith("--data="))) {
            args.add("--data");
            args.add(command.equals("mnist") ? root.resolve("data/mnist").toString() : root.resolve("data").toString());
        }
        if (OUT_COMMANDS.contains(command) && args.stream().noneMatch(a -> a.equals("--out") || a.startsWith("--out="))) {
            args.add("--out");
            args.add(out.toString());
        }
        return args;
    }

    /** README.md, then every page of docs/ in name order: the files whose examples must run. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(root().resolve("README.md")));
        try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** Whether the example is README's guide run, which GuideCommandTest makes, whatever its --out. */
    static boolean isTheGuideRun(List<String> words) {
        List<String> rest = new ArrayList<>(words);
        int out = rest.indexOf("--out");
        if (out > 0 && out + 1 < rest.size()) {
            rest.subList(out, out + 2).clear();
        }
        return rest.equals(words(GuideCommandTest.README_EXAMPLE));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleInReadmeRuns() throws IOException {
        java.util.Set<String> unique = new java.util.LinkedHashSet<>();   // a command shown on two pages runs once
        for (Path page : pages()) {
            unique.addAll(examples(Files.readString(page)));
        }
        List<String> examples = new ArrayList<>(unique);
        assertFalse(examples.isEmpty(), "README and docs have ./nnbasics examples in code blocks");
        List<DynamicTest> tests = new ArrayList<>();
        for (int e = 0; e < examples.size(); e++) {
            String example = examples.get(e);
            Path out = tmp.resolve("example-" + (e + 1));
            tests.add(DynamicTest.dynamicTest(example, () -> {
                List<String> words = words(example);
                if (words.size() > 1 && words.get(1).equals("explore")) {
                    System.out.println("README example not run (needs a display): " + example);
                    return;
                }
                if (isTheGuideRun(words)) {
                    System.out.println("README example run by GuideCommandTest (its first run): " + example);
                    return;
                }
                List<String> args = asFromRoot(words, root(), out);
                StringWriter stdout = new StringWriter();
                StringWriter stderr = new StringWriter();
                long start = System.nanoTime();
                int code = Main.execute(args.toArray(String[]::new), new PrintWriter(stdout), new PrintWriter(stderr));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.println(String.format(Locale.ROOT, "README example, %.1f s, exit %d: %s", seconds, code,
                        example));
                assertEquals(0, code, () -> example + "\nran as " + args + "\nstderr: " + stderr + "\nstdout: "
                        + stdout);
            }));
        }
        return tests.stream();
    }

    @Test
    void findsTheExamplesOfFencedBlocksOnly() {
        String readme = """
                Run `./nnbasics softmax 1 2` inline: not an example line.
                ```sh
                # a comment
                ./nnbasics fit --data data/houses.csv --target price
                mvn -B verify
                ```
                ./nnbasics outside a block
                ```
                  ./nnbasics softmax 2 4
                ```
                """;
        assertEquals(List.of("./nnbasics fit --data data/houses.csv --target price", "./nnbasics softmax 2 4"),
                examples(readme));
    }

    @Test
    void splitsWordsAsTheShellDoes() {
        assertEquals(List.of("./nnbasics", "fit", "--predict", "1650,3", "--x", "a b", "it's", "a\"b", "c d"),
                words("./nnbasics fit --predict 1650,3 --x 'a b' \"it's\" \"a\\\"b\" c\\ d  # the comment"));
        assertEquals(List.of("--engine=both dl4j"), words("--engine=\"both dl4j\""));
        assertEquals(List.of("softmax", "--", "-1", "0", "1"), words("softmax -- -1 0 1"));
        assertThrows(IllegalArgumentException.class, () -> words("./nnbasics guide | head"));
        assertThrows(IllegalArgumentException.class, () -> words("./nnbasics fit --data 'unterminated"));
    }

    @Test
    void resolvesPathsAgainstTheRootAndGivesDefaultFoldersExplicitly() {
        Path root = root();
        Path out = tmp.resolve("out");
        assertEquals(List.of("fit", "--data", root.resolve("data/houses.csv").toString(), "--target", "price"),
                asFromRoot(List.of("./nnbasics", "fit", "--data", "data/houses.csv", "--target", "price"), root, out));
        assertEquals(List.of("fit", "--data=" + root.resolve("data/iris.csv"), "--lr", "0.5"),
                asFromRoot(List.of("./nnbasics", "fit", "--data=data/iris.csv", "--lr", "0.5"), root, out));
        assertEquals(List.of("guide", "--data", root.resolve("data").toString(), "--out", out.toString()),
                asFromRoot(List.of("./nnbasics", "guide"), root, out));
    }
}
