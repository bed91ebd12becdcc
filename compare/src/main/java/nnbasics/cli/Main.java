package nnbasics.cli;

import java.io.PrintWriter;
import nnbasics.compare.DivergenceException;
import nnbasics.dl4j.data.CsvException;
import nnbasics.handwritten.data.DataException;
import nnbasics.handwritten.features.ConstantFeatureException;
import nnbasics.handwritten.regression.SingularSystemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of {@code nnbasics.jar}. */
@Command(name = "nnbasics",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        subcommands = {GuideCommand.class, FitCommand.class, ClassifyCommand.class, SoftmaxCommand.class, BenchCommand.class, ExploreCommand.class,
            MnistCommand.class, MnistSweepCommand.class, PredictCommand.class, CommandLine.HelpCommand.class},
        description = {
            "The basics of neural networks, twice: by hand in plain Java and with",
            "Deeplearning4j, trained in lock-step and proven equal.",
            "",
            "Run 'nnbasics help COMMAND' for the options of one command."})
public final class Main implements Runnable {

    private static final String JAVACPP_MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

    /** Exit code for a user's mistake in the data or the options' values. */
    public static final int USER_ERROR = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Before anything loads ND4J: JavaCPP's resident-memory check on every native allocation was 57% of the
        // native time of a DL4J step in a profile; 0 turns it off (about -30% per step). A user's -D still wins.
        if (System.getProperty(JAVACPP_MAX_PHYSICAL_BYTES) == null) {
            System.setProperty(JAVACPP_MAX_PHYSICAL_BYTES, "0");
        }
        // C2 kept off ND4J's, DL4J's and JavaCPP's code (CompilerDirectives), on a thread of its own: setting up the
        // JVM's management interface takes a few tenths of a second, which overlap loading the data and ND4J; the
        // library's methods take thousands of calls to become C2's candidates.
        Thread directives = new Thread(CompilerDirectives::install, "nnbasics-compiler-directives");
        directives.setDaemon(true);
        directives.start();
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs one command line and returns its exit code: 0 success, 1 a mistake in the data or in a value,
     * 2 a usage error (unknown option, missing argument).
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, System.getenv("COLUMNS"));
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, the help laid out for {@code columns} (null: 80). */
    static int execute(String[] args, PrintWriter out, PrintWriter err, String columns) {
        CommandLine cmd = commandLine(columns);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, command, parseResult) -> {
            if (ex instanceof UsageError) {   // a value not of the flag's kind: as picocli's own usage errors
                err.println("nnbasics " + command.getCommandName() + ": " + Values.controlsEscaped(ex.getMessage())
                        + " (see 'nnbasics help "
                        + command.getCommandName() + "')");
                err.flush();
                return command.getCommandSpec().exitCodeOnInvalidInput();
            }
            if (isUserError(ex)) {   // the values it echoes are escaped where they are quoted; any control left, too
                err.println("nnbasics " + command.getCommandName() + ": " + Values.controlsEscaped(ex.getMessage()));
                err.flush();
                return USER_ERROR;
            }
            if (ex instanceof java.io.UncheckedIOException unchecked) {   // a writer in a lambda wrapped it
                ex = unchecked.getCause();
            }
            if (ex instanceof nnbasics.charts.OutputFileException file) {   // the file as named, not its temporary one
                err.println("nnbasics " + command.getCommandName() + ": cannot write " + file.file() + " ("
                        + file.reason() + ")");
                err.flush();
                return USER_ERROR;
            }
            if (ex instanceof java.io.IOException io) {   // the disk filled up, a folder vanished while writing
                String what = io instanceof java.nio.file.FileSystemException fs
                        ? fs.getFile() + ": cannot read or write it (" + OutputFolder.reason(fs) + ")"
                        : "input/output error (" + io.getMessage() + ")";
                err.println("nnbasics " + command.getCommandName() + ": " + what);
                err.flush();
                return USER_ERROR;
            }
            throw ex;
        });
        cmd.setParameterExceptionHandler((ex, arguments) -> usageError(ex, arguments, err));
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // what held the memory is unreachable now, so there is room for the message
            err.println("nnbasics: not enough memory (Java may use " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); give it more, e.g. NNBASICS_JAVA_OPTS=-Xmx4g ./nnbasics …");
            code = USER_ERROR;
        }
        out.flush();
        if (out.checkError()) {   // PrintWriter keeps an IOException to itself: a full disk, /dev/full, a closed pipe
            err.println(commandName(cmd) + ": cannot write the output (standard output is closed, or its disk or "
                    + "device is full); what was printed is incomplete");
            if (code == 0) {
                code = USER_ERROR;
            }
        }
        err.flush();
        return code;
    }

    /** "nnbasics COMMAND" of the command that ran (just "nnbasics" when none was parsed). */
    private static String commandName(CommandLine cmd) {
        CommandLine.ParseResult result = cmd.getParseResult();
        StringBuilder name = new StringBuilder("nnbasics");
        while (result != null && result.subcommand() != null) {
            result = result.subcommand();
            name.append(' ').append(result.commandSpec().name());
        }
        return name.toString();
    }

    /**
     * A usage mistake (an unknown option, a missing one, a value of the wrong type) as one line: picocli's own words,
     * the type named for people ("a whole number" for int), its suggestions, and where the options are listed.
     *
     * @return 2, picocli's code for invalid input
     */
    static int usageError(CommandLine.ParameterException ex, PrintWriter err) {
        return usageError(ex, new String[0], err);
    }

    /** As {@link #usageError(CommandLine.ParameterException, PrintWriter)}, {@code args} the command line given. */
    static int usageError(CommandLine.ParameterException ex, String[] args, PrintWriter err) {
        CommandLine command = ex.getCommandLine();
        String name = command.getCommandSpec().qualifiedName(" ");
        String message = echoed(ex.getMessage(), args)
                .replaceAll("is not an? (int|long|short|byte)\\b", "is not a whole number")
                .replaceAll("is not an? (double|float)\\b", "is not a number");
        StringBuilder line = new StringBuilder(name).append(": ").append(message);
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            line.append("; did you mean ").append(String.join(" or ", unmatched.getSuggestions())).append('?');
        }
        line.append(" (see '").append(name.equals("nnbasics") ? "nnbasics help" : "nnbasics help "
                + command.getCommandName()).append("')");
        err.println(line);
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']*)'");

    /**
     * picocli's message with the values it echoes between single quotes as the command's own messages show them
     * ({@link Values#singleQuoted}): control characters escaped (a terminal's ESC shown, not obeyed), cut after
     * {@value Values#ECHO_LIMIT} characters with the length; any control character left elsewhere escaped too. The
     * values are found as the arguments given ({@code --flag=value}'s value too), longest first, so that a value
     * holding quotes is found whole; failing that, as the text between two quotes.
     */
    static String echoed(String message, String... args) {
        String text = message == null ? "" : message;
        java.util.List<String> values = new java.util.ArrayList<>();
        for (String arg : args) {
            values.add(arg);
            int equals = arg.indexOf('=');
            if (arg.startsWith("-") && equals > 0) {
                values.add(arg.substring(equals + 1));
            }
        }
        values.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder shown = new StringBuilder();
        boolean found = false;
        for (int i = 0; i < text.length(); ) {
            String match = null;
            if (text.charAt(i) == '\'') {
                for (String value : values) {
                    if (text.startsWith("'" + value + "'", i)) {
                        match = value;
                        break;
                    }
                }
            }
            if (match == null) {
                shown.append(text.charAt(i++));
            } else {
                shown.append(Values.singleQuoted(match));
                i += match.length() + 2;
                found = true;
            }
        }
        if (found) {
            text = shown.toString();
        } else {
            java.util.regex.Matcher quoted = QUOTED.matcher(text);
            StringBuilder out = new StringBuilder();
            while (quoted.find()) {
                quoted.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        Values.singleQuoted(quoted.group(1))));
            }
            quoted.appendTail(out);
            text = out.toString();
        }
        return Values.controlsEscaped(text.replaceAll("\\R", " "));
    }

    /** The usual help width, and the narrowest a user's COLUMNS may ask for (picocli's own minimum is 55). */
    static final int HELP_WIDTH = 80;
    static final int MIN_HELP_WIDTH = 55;

    /**
     * The command line with its help laid out for people: as wide as the terminal (picocli measures it when
     * there is one; otherwise {@code COLUMNS}, otherwise {@value #HELP_WIDTH}), see {@link HelpLayout}.
     */
    static CommandLine commandLine(String columns) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setUsageHelpWidth(helpWidth(columns));
        cmd.setUsageHelpAutoWidth(columns == null);
        HelpLayout.apply(cmd);
        return cmd;
    }

    /** COLUMNS when it is a number of at least {@value #MIN_HELP_WIDTH}, else {@value #HELP_WIDTH}. */
    static int helpWidth(String columns) {
        if (columns != null) {
            try {
                int width = Integer.parseInt(columns.trim());
                if (width >= MIN_HELP_WIDTH) {
                    return width;
                }
            } catch (NumberFormatException notANumber) {
                // fall through to the default
            }
        }
        return HELP_WIDTH;
    }

    private static boolean isUserError(Exception ex) {
        return ex instanceof UserError
                || ex instanceof DataException
                || ex instanceof SingularSystemException
                || ex instanceof nnbasics.dl4j.regression.SingularSystemException
                || ex instanceof DivergenceException
                || ex instanceof nnbasics.compare.NonFiniteResultException
                || ex instanceof CsvException
                || ex instanceof ConstantFeatureException
                || ex instanceof nnbasics.compare.network.LayersFileException
                || ex instanceof nnbasics.compare.model.ModelFileException;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest (or "development" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"nnbasics " + (version == null ? "development" : version)};
        }
    }
}
