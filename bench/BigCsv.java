import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a large numeric CSV for bench/big-csv.sh, the same bytes on every run (seeded):
 * area (500 … 4000, 3 decimals), rooms (1 … 5, 3 decimals) and
 * price = 100·area + 5000·rooms + 20000 + noise (uniform ±10000), 2 decimals.
 *
 *   java bench/BigCsv.java FILE [ROWS] [SEED]      (defaults: 6000000 rows, seed 1)
 */
public final class BigCsv {
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 6_000_000L;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        SplittableRandom random = new SplittableRandom(seed);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write("area,rooms,price\n");
            StringBuilder line = new StringBuilder(64);
            for (long i = 0; i < rows; i++) {
                double area = 500 + 3500 * random.nextDouble();
                double rooms = 1 + 4 * random.nextDouble();
                double price = 100 * area + 5000 * rooms + 20000 + 20000 * (random.nextDouble() - 0.5);
                line.setLength(0);
                line.append(String.format(Locale.ROOT, "%.3f,%.3f,%.2f\n", area, rooms, price));
                out.write(line.toString());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
