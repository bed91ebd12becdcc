package nnbasics.dl4j.runtime;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * ND4J's native settings, applied by the project's own code at the first use of ND4J, whatever the entry point
 * (the jar, the wrapper, a test, an IDE, a program using the modules as a library). Every class of this module
 * that makes ND4J arrays or DL4J networks calls {@link #configure()} first; after the first call it costs one
 * read of a volatile field.
 *
 * <pre>
 * setting                                   why (measured on 2 cores; docs/performance.md has the runs)
 * javacpp.maxPhysicalBytes = 0              JavaCPP reads the process's resident memory at every native allocation;
 *                                           57 % of a small step's native time in a profile (−30 % per step)
 * OpenMP threads = 1                        the arrays are 3×1 … 100×784: a parallel region costs more than it
 *                                           saves, and two threads per op fight over two cores with the JVM's own
 * BLAS (OpenBLAS) threads = 1               the same for gemm on these sizes
 * master threads = 1                        libnd4j's own op-level threads, the same reason
 * </pre>
 *
 * <p>A user's choice wins: a {@code -Dorg.bytedeco.javacpp.maxPhysicalBytes=…} is kept, and with the environment
 * variable {@code OMP_NUM_THREADS} set the thread counts are left as libnd4j read them from it. The property must
 * be set before JavaCPP loads; a program that touched ND4J before the first call keeps JavaCPP's default for it.
 */
public final class Nd4jRuntime {

    /** JavaCPP's property for its resident-memory check; "0" turns the check off. */
    static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

    /** The number of threads per native operation when the user set none. */
    static final int THREADS = 1;

    private static volatile boolean configured;

    private Nd4jRuntime() {
    }

    /** Applies the settings once; safe to call from any thread, any number of times. */
    public static void configure() {
        if (configured) {
            return;
        }
        synchronized (Nd4jRuntime.class) {
            if (configured) {
                return;
            }
            if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
                System.setProperty(MAX_PHYSICAL_BYTES, "0");
            }
            if (System.getenv("OMP_NUM_THREADS") == null) {
                Nd4j.getBackend(); // loads libnd4j: its thread pools exist from here
                NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(THREADS);
                Nd4j.factory().blas().setMaxThreads(THREADS);
                Nd4j.getEnvironment().setMaxMasterThreads(THREADS);
            }
            configured = true;
        }
    }

    /** What the native side reports now: OpenMP threads, BLAS threads, master threads (for tests and bench). */
    public static int[] threads() {
        configure();
        return new int[] {NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads(),
                Nd4j.factory().blas().getMaxThreads(), Nd4j.getEnvironment().maxMasterThreads()};
    }
}
