import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nnbasics.dl4j.regression.RegressionCsv;
import nnbasics.handwritten.data.NumericTable;
import nnbasics.handwritten.data.Table;
import org.bytedeco.javacpp.Pointer;

/**
 * Bytes per cell that each engine's copy of a numeric CSV holds, measured, not assumed: Java's used heap after a full
 * GC (before and after the read, the result still reachable), the peak heap during the read (the heap pools' peak
 * usage, reset before; it includes garbage not yet collected), and for DL4J the growth of the process's resident
 * memory (JavaCPP's Pointer.physicalBytes()) with the heap committed and touched from the start, so that the growth is
 * the off-heap matrices alone. Run from the project's root (it warms up on data/houses.csv):
 *
 *   java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp 'compare/target/nnbasics.jar:compare/target/lib/*' \
 *        bench/MemoryPerCell.java FILE.csv COLUMN,COLUMN,…
 *        [table]     (table: also the text-keeping Table, for comparison; it needs a large heap)
 */
public final class MemoryPerCell {

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        List<String> columns = List.of(args[1].split(","));
        List<String> features = columns.subList(0, columns.size() - 1);
        String target = columns.get(columns.size() - 1);

        Path small = Path.of("data/houses.csv");                   // load and compile both readers' classes first
        NumericTable.read(small, List.of("area", "price"), bytes -> { });
        RegressionCsv.read(small, List.of("area"), "price", null);

        long before = usedAfterGc();
        resetPeaks();
        NumericTable table = NumericTable.read(file, columns, bytes -> { });
        long peak = peakHeap();
        long cells = (long) table.rowCount() * columns.size();
        long with = usedAfterGc();
        if (table.rowCount() < 0) {
            System.out.println(table.columns());                 // keeps the table reachable until here
        }
        table = null;
        long retained = with - usedAfterGc();                    // what letting the table go frees
        report("hand (NumericTable, heap)", cells, retained, peak - before);

        before = usedAfterGc();
        long nativeBefore = Pointer.physicalBytes();
        resetPeaks();
        RegressionCsv csv = RegressionCsv.read(file, features, target, null);
        long heapPeak = peakHeap();
        long heapRetained = usedAfterGc() - before;
        long nativeBytes = Pointer.physicalBytes() - nativeBefore;
        report("dl4j (NumericCsv → INDArray, off-heap RSS)", cells, nativeBytes, -1);
        report("dl4j (NumericCsv, heap while reading)", cells, heapRetained, heapPeak - before);
        if (csv.features().length() < 0) {
            System.out.println(csv);
        }
        csv = null;

        if (args.length > 2 && args[2].equals("table")) {
            before = usedAfterGc();
            resetPeaks();
            Table text = Table.read(file);
            peak = peakHeap();
            retained = usedAfterGc() - before;
            report("Table (every cell's text, for comparison)", (long) text.rows().size() * text.columns().size(),
                    retained, peak - before);
        }
    }

    private static void report(String what, long cells, long retained, long peak) {
        System.out.printf(Locale.ROOT, "%-42s %,14d cells  retained %7.2f bytes/cell%s%n", what, cells,
                (double) retained / cells, peak < 0 ? "" : String.format(Locale.ROOT, "  peak %7.2f bytes/cell",
                        (double) peak / cells));
    }

    private static long usedAfterGc() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
