package nnbasics.guide;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Where the guide's time goes: each lock-step run and each page, its wall time and the CPU time of the thread that
 * did it, and for the whole process its CPU, the collector's and the compiler's time. Printed to standard error by
 * {@code nnbasics guide} when the environment variable {@value #VARIABLE} is set (any value); otherwise nothing is
 * measured. It informs a person profiling; nothing depends on it.
 */
public final class Timings {

    /** The environment variable that asks for the table. */
    public static final String VARIABLE = "NNBASICS_TIMING";

    /**
     * One piece of work.
     *
     * @param name   what it was ("run 4 (15,000 steps)", "page 4")
     * @param thread the thread it ran on
     * @param wall   seconds from its start to its end (a page's include waiting for its run)
     * @param cpu    CPU seconds of its thread over the same span
     */
    public record Entry(String name, String thread, double wall, double cpu) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean on;
    private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());

    private Timings(boolean on) {
        this.on = on;
    }

    /** Measuring when {@value #VARIABLE} is set. */
    public static Timings fromEnvironment() {
        return new Timings(System.getenv(VARIABLE) != null);
    }

    /** Measuring nothing. */
    public static Timings off() {
        return new Timings(false);
    }

    public boolean on() {
        return on;
    }

    /** {@code work}, timed under {@code name} when measuring. */
    <T> Callable<T> timed(String name, Callable<T> work) {
        if (!on) {
            return work;
        }
        return () -> {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            try {
                return work.call();
            } finally {
                entries.add(new Entry(name, Thread.currentThread().getName(),
                        (System.nanoTime() - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9));
            }
        };
    }

    /** The entries so far, in the order they ended. */
    public List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /** The table, then the process's totals since the JVM started. */
    public void print(PrintStream err) {
        if (!on) {
            return;
        }
        err.printf(Locale.ROOT, "%-44s %-16s %8s %8s%n", "guide timing: work", "thread", "wall s", "cpu s");
        for (Entry e : entries()) {
            err.printf(Locale.ROOT, "%-44s %-16s %8.2f %8.2f%n", e.name(), e.thread(), e.wall(), e.cpu());
        }
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        double processCpu = Double.NaN;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            processCpu = os.getProcessCpuTime() / 1e9;
        }
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            gcCount += Math.max(0, gc.getCollectionCount());
        }
        var compiler = ManagementFactory.getCompilationMXBean();
        double jit = compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() / 1e3 : Double.NaN;
        err.printf(Locale.ROOT, "process: %.2f s since the JVM started, %.2f s CPU; GC %d collections, %.2f s; "
                        + "JIT compiling %.2f s; collectors %s; max heap %d MB%n", uptime, processCpu, gcCount,
                gcMillis / 1e3, jit, ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).toList(),
                Runtime.getRuntime().maxMemory() >> 20);
        err.flush();
    }
}
