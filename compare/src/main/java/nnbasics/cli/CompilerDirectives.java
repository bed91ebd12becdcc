package nnbasics.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimising compiler (C2) off the library code that only costs it time, from inside the program, so
 * that {@code java -jar nnbasics.jar} saves what the wrapper's {@code -XX:TieredStopAtLevel=1} used to save for the guide (the guide's
 * CPU: C2 compiling DL4J's and ND4J's large code for runs too short to pay it back was the largest single cost,
 * docs/performance.md).
 *
 * <p>A jar cannot pass JVM options, but the JVM's standard compiler-directives interface can be reached at run time:
 * the diagnostic-command MBean {@code com.sun.management:type=DiagnosticCommand}, operation
 * {@code compilerDirectivesAdd} (what {@code jcmd PID Compiler.directives_add FILE} calls), given a directives file.
 * {@link #RESOURCE} excludes every method but the project's own from C2 only: HotSpot then compiles them
 * with C1 without profiling (tier 1), as under {@code TieredStopAtLevel=1}, while the project's code, the hand-written
 * engine and its MNIST kernels among it, keeps C2.
 *
 * <p>An optimisation only: when the interface is missing (another JVM) or refuses, the program runs as before, with
 * every compiler.
 */
final class CompilerDirectives {

    /** {@code -Dnnbasics.compilerDirectives=false} leaves the compilers alone (to measure what they save). */
    static final String PROPERTY = "nnbasics.compilerDirectives";

    /** The diagnostic-command MBean every HotSpot JVM registers. */
    static final String MBEAN = "com.sun.management:type=DiagnosticCommand";

    /**
     * The directives file, a resource beside this class (the handwritten module gives the same file to its test JVMs): C2 for the
     * project's own code, {@value #KEEPS_C2} — small, cheap to compile, and the hand-written engine's MNIST kernels,
     * which run millions of times, need C2's loop optimisations (with only nnbasics/handwritten kept, an MNIST epoch
     * of the hand-written engine took 0.2–1.0 s instead of 0.16–0.29 s) — and C1 only for every other method.
     * Excluding only ND4J's, DL4J's and JavaCPP's packages saved half as much: C2 then still compiled the JDK code
     * their bookkeeping drives (ConcurrentHashMap, StringBuilder, UUID's SecureRandom), and the rest (picocli,
     * XChart, Jackson) runs too briefly to pay C2 back (docs/performance.md, 2026-12-07).
     */
    static final String RESOURCE = "compiler-directives.json";

    /** The pattern (HotSpot's package/Class.method, '*' at either end) of the code that keeps C2. */
    static final String KEEPS_C2 = "nnbasics/*.*";

    private CompilerDirectives() {
    }

    /**
     * Adds {@link #RESOURCE} to this JVM's compiler directives.
     *
     * @return whether the JVM took them
     */
    static boolean install() {
        if ("false".equals(System.getProperty(PROPERTY))) {
            return false;
        }
        Path file = null;
        try {
            String directives;
            try (var in = CompilerDirectives.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return false;
                }
                directives = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            file = Files.createTempFile("nnbasics-compiler-directives", ".json");
            Files.writeString(file, directives, StandardCharsets.UTF_8);
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(MBEAN),
                    "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                    new String[] {String[].class.getName()});
            // jcmd's answer: "1 compiler directives added" on success, a parse error's text otherwise
            return answer instanceof String text && text.contains("added");
        } catch (IOException | JMException | RuntimeException | LinkageError notAvailable) {
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a file in the temporary folder left behind; nothing depends on it
                }
            }
        }
    }

    /** The directives this JVM uses now, as {@code jcmd PID Compiler.directives_print} prints them. */
    static String current() throws JMException {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(MBEAN),
                "compilerDirectivesPrint", new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }
}
