package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnbasics.compare.TestData;

/**
 * README's plain DL4J program ({@code docs/examples/Predict.java}): compiled with the JDK's compiler against DL4J
 * alone, run on a model that {@code classify --save} kept, it prints what {@code predict} prints — the same DL4J
 * network and normaliser, loaded by DL4J's own API instead of ours. README shows the lines of its {@code main}.
 */
class PlainDl4jProgramTest {

    @TempDir
    Path tmp;

    private static Path program() {
        return ReadmeExamplesTest.root().resolve("docs/examples/Predict.java");
    }

    @Test
    void printsWhatPredictPrints() throws Exception {
        Path model = tmp.resolve("model");
        CliRun train = CliRun.of("classify", "--data", TestData.file("houses-labelled.csv").toString(), "--label",
                "label", "--standardize", "--hidden", "4", "--lr", "0.5", "--steps", "200", "--save",
                model.toString());
        assertEquals(0, train.code(), train.err());

        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), program().toString());
        assertEquals(0, compiled, "docs/examples/Predict.java compiles against the test class path (DL4J)");

        // the first house of data/houses-labelled.csv: 2104 sq ft, 3 bathrooms
        List<Double> printed = run(classes, model.toString(), "2104", "3");
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--engine", "dl4j", "--data",
                TestData.file("houses-labelled.csv").toString(), "--json");
        assertEquals(0, predict.code(), predict.err());
        JsonNode first = predict.json().get("rows").get(0).get("probabilities");
        assertEquals(2, printed.size(), "one probability per class: " + printed);
        for (int k = 0; k < 2; k++) {
            assertEquals(first.get(k).asDouble(), printed.get(k), 0.0,
                    "class " + k + ": the same network, normaliser and row, through DL4J's own API");
        }
    }

    /**
     * A regression network ({@code fit --hidden --standardize --save}): the program maps ŷ back to raw units with
     * the normaliser's own {@code revertLabels}, and prints what {@code predict} prints for the first food truck.
     */
    @Test
    void printsWhatPredictPrintsForARegressionNetwork() throws Exception {
        Path model = tmp.resolve("trucks");
        CliRun train = CliRun.of("fit", "--data", TestData.file("food-trucks.csv").toString(), "--target", "profit",
                "--standardize", "--hidden", "8", "--steps", "200", "--save", model.toString());
        assertEquals(0, train.code(), train.err());
        Path classes = Files.createDirectories(tmp.resolve("classes-regression"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), program().toString());
        assertEquals(0, compiled, "docs/examples/Predict.java compiles");
        // the first row of data/food-trucks.csv: population 6.1101, alone in a CSV as it is alone in the program's
        // batch (one row or 97 can take different BLAS paths, gemv or gemm, and round the last sum differently)
        List<Double> printed = run(classes, model.toString(), "6.1101");
        Path row = Files.writeString(tmp.resolve("first-truck.csv"), "population\n6.1101\n");
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--engine", "dl4j", "--data",
                row.toString(), "--json");
        assertEquals(0, predict.code(), predict.err());
        assertEquals(1, printed.size(), "one predicted target: " + printed);
        assertEquals(predict.json().get("rows").get(0).get("prediction").asDouble(), printed.get(0), 0.0,
                "the same network, normaliser (features and target) and row, through DL4J's own API");
    }

    @Test
    void readmeShowsTheProgramsLines() throws Exception {
        String readme = Files.readString(ReadmeExamplesTest.root().resolve("README.md"));
        String source = Files.readString(program());
        String body = source.substring(source.indexOf("throws Exception {") + "throws Exception {".length(),
                source.lastIndexOf("    }\n}")).strip();
        for (String line : body.lines().map(String::strip).toList()) {
            assertTrue(readme.contains(line), "README shows the program's line: " + line);
        }
    }

    private static List<Double> run(Path classes, String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                PlainDl4jProgramTest.class.getClassLoader())) {
            Method main = loader.loadClass("Predict").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().map(Double::parseDouble).toList();
    }
}
