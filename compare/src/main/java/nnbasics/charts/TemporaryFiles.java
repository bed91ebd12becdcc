package nnbasics.charts;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The names of the temporary files this tool writes before moving them into place, {@code .NAME.UUID.tmp} (a
 * random UUID in its canonical lower-case form), and the removal of the ones a killed run left behind.
 *
 * <p>Only a regular file whose whole name has exactly this form, and whose last change is older than
 * {@link #STALE_AFTER}, is removed: a user's {@code .notes.tmp} or {@code report.tmp} never matches, and a concurrent
 * run's live temporary file is younger than that.
 */
public final class TemporaryFiles {

    /**
     * A temporary file lives while one file is written: milliseconds for the guide's pictures, under a second for
     * the largest. Five minutes is hundreds of times that on a loaded machine, so a file this old belongs to a run
     * that was killed, and the next run that writes into the folder five minutes later cleans it up.
     */
    public static final Duration STALE_AFTER = Duration.ofMinutes(5);

    /** {@code .NAME.UUID.tmp}: a dot, the target's name, a dot, a canonical random UUID, {@code .tmp}. */
    static final Pattern OURS = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\.tmp");

    private TemporaryFiles() {
    }

    /** @return a new name of the form {@code .NAME.UUID.tmp} for a temporary file that becomes {@code name} */
    public static String nameFor(String name) {
        return "." + name + "." + UUID.randomUUID() + ".tmp";
    }

    /** @return true if {@code name} has exactly the form {@link #nameFor} makes */
    public static boolean isOurs(String name) {
        return OURS.matcher(name).matches();
    }

    /**
     * Removes, in {@code folder} only (not below it), the regular files of this tool's temporary-file form last
     * modified more than {@link #STALE_AFTER} before {@code now}. Nothing else is touched; a file that vanishes
     * meanwhile (another run removed it) is skipped.
     *
     * @return the files removed
     * @throws IOException if the folder cannot be listed or a stale file cannot be removed
     */
    public static List<Path> removeStale(Path folder, Instant now) throws IOException {
        List<Path> removed = new ArrayList<>();
        Instant cutoff = now.minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, entry -> isOurs(entry.getFileName()
                .toString()))) {
            for (Path entry : entries) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(entry)) {
                    removed.add(entry);
                }
            }
        }
        return removed;
    }
}
