package nnbasics.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nnbasics.handwritten.classification.Softmax;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nnbasics softmax 2 4}: the probabilities softmax makes of some logits. */
@Command(name = "softmax",
        header = "Print the softmax probabilities of some logits.",
        mixinStandardHelpOptions = true,
        description = {
            "Print softmax(z)_k = exp(z_k) / sum_j exp(z_j) of the given logits (the hand-written, max-shifted",
            "computation, which stays finite for large inputs).",
            "",
            "Example: nnbasics softmax 2 4   prints 0.119203 0.880797"})
public final class SoftmaxCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LOGIT", description = "One or more numbers (negative ones too).")
    private List<String> logits;

    @Option(names = "--json", description = "Print a JSON array.")
    private boolean json;

    @Override
    public Integer call() {
        double[] z = new double[logits.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = Values.number("LOGIT", logits.get(i), logits.get(i));
        }
        double[] p = Softmax.of(z);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Arrays.toString(p).replace(" ", ""));
        } else {
            StringBuilder line = new StringBuilder();
            for (double v : p) {
                line.append(line.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6f", v));
            }
            out.println(line);
        }
        return 0;
    }
}
