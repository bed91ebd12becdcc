package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nnbasics.compare.MnistSlice;
import nnbasics.compare.TestData;
import nnbasics.handwritten.updaters.DropoutMasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rest of the optimiser recipe on the command line: {@code --l1-bias}, {@code --l2-bias},
 * {@code --weight-decay-bias} (classify with and without {@code --hidden}, fit {@code --hidden}, mnist) and
 * {@code --dropout-seed}; {@code fit --hidden} taking every optimiser flag and plain {@code fit} refusing them. The
 * recipe is named in the text and in {@code --json}; the defaults (0, the default seed) give the same bytes as the
 * run without the flag; bad values fail up-front with one line naming the flag.
 */
class RecipeFlagsCommandTest {

    private static final String IRIS = TestData.file("iris.csv").toString();
    private static final String TRUCKS = TestData.file("food-trucks.csv").toString();

    @TempDir
    Path tmp;

    private static CliRun classify(String... more) {
        List<String> args = new ArrayList<>(List.of("classify", "--data", IRIS, "--label", "species",
                "--standardize", "--steps", "20"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static CliRun fit(String... more) {
        List<String> args = new ArrayList<>(List.of("fit", "--data", TRUCKS, "--target", "profit", "--standardize",
                "--steps", "30"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String firstLine(CliRun run) {
        return run.out().lines().findFirst().orElse("");
    }

    @Test
    void classifyNamesTheBiasRegularisersInTheTextAndTheJson() {
        CliRun network = classify("--hidden", "8", "--l2", "1e-4", "--l2-bias", "1e-3");
        assertEquals(0, network.code(), network.err());
        assertTrue(firstLine(network).startsWith("network 4 → 8 tanh → 3 softmax · SGD(lr 0.5) · L2 1e-4 · "
                + "L2 on biases 0.001: species"), firstLine(network));
        assertTrue(network.out().contains("within the bound"), network.out());

        CliRun json = classify("--hidden", "8", "--l1-bias", "1e-3", "--weight-decay-bias", "2e-3", "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode optimiser = json.json().get("optimiser");
        assertEquals(1e-3, optimiser.get("l1Bias").asDouble());
        assertEquals(0.0, optimiser.get("l2Bias").asDouble());
        assertEquals(2e-3, optimiser.get("weightDecayBias").asDouble());
        assertEquals("SGD(lr 0.5) · L1 on biases 0.001 · weight decay on biases 0.002",
                optimiser.get("text").asText());

        CliRun softmax = classify("--l2-bias", "1e-3");
        assertEquals(0, softmax.code(), softmax.err());
        assertTrue(firstLine(softmax).contains(" · L2 on biases 0.001"), firstLine(softmax));
        assertTrue(softmax.out().contains("within the bound"), softmax.out());
    }

    /** 0, the default, is the run without the flag: the same bytes, and no recipe printed at all. */
    @Test
    void zeroCoefficientsAndTheDefaultSeedGiveTheSameBytesAsBefore() {
        String[] zeros = {"--l1-bias", "0", "--l2-bias", "0", "--weight-decay-bias", "0"};
        CliRun left = classify("--hidden", "8", "--json");
        CliRun given = classify(concat(new String[] {"--hidden", "8", "--json"}, zeros));
        assertEquals(left.out(), given.out(), "classify --hidden: the bias coefficients at 0");
        assertNull(left.json().get("optimiser"), "plain SGD prints no recipe, as before");
        assertEquals(classify().out(), classify(zeros).out(), "classify: the bias coefficients at 0");
        CliRun fitLeft = fit("--hidden", "8");
        assertEquals(0, fitLeft.code(), fitLeft.err());
        assertEquals("network 1 → 8 tanh → 1 identity: profit from population   (97 rows of " + TRUCKS + ")",
                firstLine(fitLeft), "fit --hidden without optimiser flags names no recipe, as before");
        assertEquals(fitLeft.out(), fit(concat(new String[] {"--hidden", "8", "--updater", "sgd"}, zeros)).out(),
                "fit --hidden: sgd and the bias coefficients at 0");
        assertNull(fit("--hidden", "8", "--json").json().get("optimiser"));

        CliRun dropout = classify("--hidden", "8", "--dropout", "0.8");
        CliRun defaultSeed = classify("--hidden", "8", "--dropout", "0.8", "--dropout-seed",
                String.valueOf(DropoutMasks.DEFAULT_SEED));
        assertEquals(dropout.out(), defaultSeed.out(), "--dropout-seed at its default is the run without it");
        assertFalse(firstLine(dropout).contains("seed 2"), "the default seed is not named in the text");
    }

    @Test
    void anotherDropoutSeedIsNamedReachesBothEnginesAndTrainsAnotherNetwork() {
        CliRun seven = classify("--hidden", "8", "--dropout", "0.8", "--dropout-seed", "7", "--json");
        assertEquals(0, seven.code(), seven.err());
        JsonNode optimiser = seven.json().get("optimiser");
        assertEquals(7, optimiser.get("dropoutSeed").asLong());
        assertEquals("SGD(lr 0.5) · dropout keep 0.8 · dropout seed 7", optimiser.get("text").asText());
        assertTrue(seven.json().get("stepProof").get("agree").asBoolean(), "both engines drew seed 7's masks");
        CliRun byDefault = classify("--hidden", "8", "--dropout", "0.8", "--json");
        assertEquals(DropoutMasks.DEFAULT_SEED, byDefault.json().get("optimiser").get("dropoutSeed").asLong(),
                "--json names the seed with dropout, the default one too");
        assertNotEquals(byDefault.json().get("layers").toString(), seven.json().get("layers").toString(),
                "another seed drops other units, so it trains another network");
    }

    @Test
    void fitWithHiddenTakesTheOptimiserAndTheStepProofHolds() {
        CliRun adam = fit("--hidden", "8", "--updater", "adam");
        assertEquals(0, adam.code(), adam.err());
        assertTrue(firstLine(adam).startsWith("network 1 → 8 tanh → 1 identity · Adam(lr 0.001, β₁ 0.9, β₂ 0.999, "
                + "ε 1e-8): profit"), firstLine(adam));
        assertTrue(adam.out().contains("learning rate auto (0.001)"), "DL4J's default rate of Adam: " + adam.out());
        assertTrue(adam.out().contains("within the bound"), adam.out());

        CliRun json = fit("--hidden", "8", "--updater", "momentum", "--l2", "1e-3", "--l2-bias", "1e-3",
                "--dropout", "0.8", "--dropout-seed", "3", "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode optimiser = json.json().get("optimiser");
        assertEquals("momentum", optimiser.get("updater").asText());
        assertEquals(1e-3, optimiser.get("l2Bias").asDouble());
        assertEquals(0.8, optimiser.get("dropoutKeep").asDouble());
        assertEquals(3, optimiser.get("dropoutSeed").asLong());
        assertTrue(json.json().get("stepProof").get("agree").asBoolean(), json.out());
    }

    /** Plain fit is the guide's linear model by plain gradient descent: each optimiser flag is refused, named. */
    @Test
    void fitWithoutHiddenRefusesEachOptimiserFlag() {
        String[][] flags = {{"--updater", "adam"}, {"--momentum", "0.9"}, {"--l2", "1e-3"}, {"--l1-bias", "0"},
            {"--l2-bias", "1e-3"}, {"--weight-decay-bias", "1e-3"}, {"--dropout", "0.8"}, {"--dropout-seed", "3"}};
        for (String[] flag : flags) {
            BadInputRoundTwoTest.oneLine(fit(flag), Main.USER_ERROR, "nnbasics fit: " + flag[0] + " needs --hidden: "
                    + "a linear fit takes plain gradient descent");
        }
    }

    @Test
    void badValuesFailUpFrontNamingTheFlag() {
        for (String flag : List.of("--l1-bias", "--l2-bias", "--weight-decay-bias")) {
            CliRun negative = classify("--hidden", "8", flag, "-1");
            assertEquals(Main.USER_ERROR, negative.code(), flag);
            assertEquals("nnbasics classify: " + flag + " must be a finite number, 0 or more, got -1.0",
                    negative.err().strip());
            CliRun word = classify("--hidden", "8", flag, "abc");
            assertEquals(2, word.code(), flag);
            assertTrue(word.err().contains("Invalid value for option '" + flag + "': 'abc' is not a number"),
                    word.err());
        }
        BadInputRoundTwoTest.oneLine(fit("--hidden", "8", "--l2-bias", "-0.5"), Main.USER_ERROR,
                "--l2-bias must be a finite number, 0 or more, got -0.5");
        BadInputRoundTwoTest.oneLine(classify("--hidden", "8", "--dropout-seed", "7"), Main.USER_ERROR,
                "--dropout-seed needs --dropout");
        CliRun seedWord = classify("--hidden", "8", "--dropout", "0.8", "--dropout-seed", "x");
        assertEquals(2, seedWord.code());
        BadInputRoundTwoTest.oneLine(CliRun.of("mnist", "--hidden", "16", "--weight-decay-bias", "-1"),
                Main.USER_ERROR, "--weight-decay-bias must be a finite number, 0 or more, got -1.0");
    }

    @Test
    void mnistTakesTheBiasRegularisers() throws IOException {
        Path data = MnistSlice.write(tmp.resolve("slice"), 500, 200);
        CliRun run = CliRun.of("mnist", "--data", data.toString(), "--hidden", "16", "--epochs", "1",
                "--updater", "adam", "--l2-bias", "1e-3", "--out", tmp.resolve("out").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals(1e-3, run.json().get("optimiser").get("l2Bias").asDouble());
        assertTrue(run.json().get("optimiser").get("text").asText().endsWith(" · L2 on biases 0.001"),
                run.json().get("optimiser").toString());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
