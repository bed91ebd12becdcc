package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nnbasics.compare.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExploreCommandTest {

    @Test
    void withoutADisplayExitsWithOneClearLine() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "a display is attached: the window would open");
        CliRun run = CliRun.of("explore");
        assertEquals(Main.USER_ERROR, run.code(), "exit code; stderr: " + run.err());
        assertEquals("nnbasics explore: no display: the window needs one (set DISPLAY, or run under xvfb-run), or use "
                + "--snapshot FILE.png",
                run.err().strip(), "one line, no stack trace");
        assertTrue(run.out().isEmpty(), "nothing on stdout: " + run.out());
    }

    /**
     * DISPLAY naming a server that does not answer: Java is not headless then, and AWT throws its error on the first
     * connection. Run in a JVM of its own, since DISPLAY is read once per process (this one may have a display).
     */
    @Test
    void aDisplayThatDoesNotAnswerExitsWithOneClearLine() throws IOException, InterruptedException {
        String display = ":4093"; // no X server listens there: Xvfb's -a starts at :99 and counts up
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "explore");
        java.environment().put("DISPLAY", display);
        java.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = java.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(Main.USER_ERROR, process.waitFor(), "exit code; stderr: " + err);
        assertEquals("nnbasics explore: no display: cannot connect to DISPLAY \"" + display + "\"; the window needs "
                + "one (set DISPLAY to a running X server, or run under xvfb-run), or use --snapshot FILE.png",
                err.strip(), "one line, no trace");
        assertTrue(out.isEmpty(), "nothing on stdout: " + out);
    }

    @TempDir
    Path tmp;

    /** A folder where the PNG goes: named with the flag before any work, not the temporary file. */
    @Test
    void aSnapshotOntoAFolderIsOneLineNamingTheFlag() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("snap.png"));
        CliRun run = CliRun.of("explore", "--data", DATA, "--panel", "7", "--snapshot", folder.toString());
        assertEquals(Main.USER_ERROR, run.code(), run.err());
        assertEquals("nnbasics explore: --snapshot " + folder + ": is a folder, expected a PNG file", run.err().strip());
    }

    private static final String DATA = TestData.dir().toString();

    /** {@code --snapshot} paints panel 7 after its flags and steps, headless, into a PNG of the window's size. */
    @Test
    void snapshotPaintsThePlaygroundAfterItsSteps() throws IOException {
        Path png = tmp.resolve("playground.png");
        CliRun run = CliRun.of("explore", "--data", DATA, "--panel", "7", "--hidden", "3", "--activation", "relu",
                "--steps", "20", "--snapshot", png.toString());
        assertEquals(0, run.code(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(ExploreCommand.WIDTH, image.getWidth());
        assertEquals(ExploreCommand.HEIGHT, image.getHeight());
        assertTrue(run.out().contains("2 → 3 relu → 2 softmax, 20 steps"), run.out());
        assertTrue(run.out().contains("the same run: ./nnbasics classify --data " + TestData.dir().resolve(
                "houses-labelled.csv") + " --features area,bathrooms --label label --standardize --hidden 3 "
                + "--activation relu --seed 1 --lr 0.5 --steps 20"), run.out());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(png), files.toList(), "the PNG alone, no temporary file left");
        }
    }

    /** {@code --updater adam} without {@code --lr}: DL4J's default rate of Adam, 0.001, in the recipe and the command. */
    @Test
    void snapshotWithAnotherUpdaterNamesItsRecipeAndTheSameRunsFlags() {
        Path png = tmp.resolve("adam.png");
        CliRun run = CliRun.of("explore", "--data", DATA, "--panel", "7", "--updater", "adam", "--steps", "10",
                "--snapshot", png.toString());
        assertEquals(0, run.code(), run.err());
        // ND4J's Adam.DEFAULT_ADAM_*: lr 1e-3, β₁ 0.9, β₂ 0.999, ε 1e-8
        assertTrue(run.out().contains("2 → 4 tanh → 2 softmax · Adam(lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8), 10 steps"),
                run.out());
        assertTrue(run.out().contains("--seed 1 --updater adam --lr 0.001 --steps 10"), run.out());
    }

    @Test
    void snapshotOfAUsersCsvWithTwoLayers() {
        Path png = tmp.resolve("iris.png");
        CliRun run = CliRun.of("explore", "--data", DATA, "--panel", "7", "--csv",
                TestData.file("iris.csv").toString(), "--features", "petal_length,petal_width", "--label", "species",
                "--hidden", "3,2", "--lr", "0.1", "--steps", "10", "--snapshot", png.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("2 → 3 tanh → 2 tanh → 3 softmax"), run.out());
    }

    @Test
    void badPlaygroundFlagsAreOneLineBeforeAnyWork() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "a,b,c\n1,2,x\n3,no,y\n");
        Path png = tmp.resolve("never.png");
        String[][] cases = {
            {"--csv", bad.toString()},
            {"--features", "a,b"},
            {"--hidden", "9"},
            {"--hidden", "2,2,2"},
            {"--hidden", "0,3"},
            {"--activation", "identity"},
            {"--lr", "-1"},
            {"--updater", "nesterov"},
            {"--hidden", "0", "--dropout", "0.5"},
            {"--dropout", "0"},
            {"--l2", "-1"},
            {"--csv", bad.toString(), "--features", "a,b", "--label", "c"},
        };
        String[] expected = {"needs --features", "needs --csv", "0 … 8", "at most two", "needs a first one",
            "expected tanh, relu or sigmoid", "--lr",
            "expected sgd, momentum, rmsprop, adagrad or adam, got nesterov",
            "--dropout needs a hidden layer: dropout drops a hidden layer's input, --hidden 0 is softmax regression "
                    + "and has none", "--dropout must be in (0, 1], the probability to keep, got 0.0",
            "--l2 must be a finite number, 0 or more, got -1.0", "bad.csv:3"};
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new java.util.ArrayList<>(List.of("explore", "--data", DATA, "--panel", "7",
                    "--snapshot", png.toString()));
            args.addAll(List.of(cases[i]));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String what = String.join(" ", cases[i]);
            // docs/errors.md: a value that is not one of the choices is a usage error (2)
            assertEquals(cases[i][0].equals("--activation") || cases[i][0].equals("--updater") ? 2 : Main.USER_ERROR, run.code(), what + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), what + ": one line: " + run.err());
            assertTrue(run.err().contains(expected[i]), what + ": " + run.err());
            assertTrue(!run.err().contains("Exception"), what + ": " + run.err());
        }
        assertTrue(!Files.exists(png), "nothing written");
    }
}
