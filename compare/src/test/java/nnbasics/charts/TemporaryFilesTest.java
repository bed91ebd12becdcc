package nnbasics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next run into a folder removes the temporary files a killed run left there, of the tool's own exact form and
 * older than {@link TemporaryFiles#STALE_AFTER}, and nothing else. Every file's age is set explicitly against a
 * fixed "now".
 */
class TemporaryFilesTest {

    /** The moment the "next run" starts. */
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    /** Well past the stale age, and well within it. */
    private static final Duration OLD = TemporaryFiles.STALE_AFTER.plusMinutes(1);
    private static final Duration YOUNG = TemporaryFiles.STALE_AFTER.minusMinutes(1);

    @TempDir
    Path folder;

    private Path file(String name, Duration age) throws IOException {
        Path file = Files.writeString(folder.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    @Test
    void theNameItMakesIsOursAndLooksAlikeAreNot() {
        String name = TemporaryFiles.nameFor("houses.png");
        assertTrue(name.startsWith(".houses.png.") && name.endsWith(".tmp"), name);
        assertTrue(TemporaryFiles.isOurs(name), name);
        for (String other : List.of(".notes.tmp", "houses.png.tmp", ".houses.png.tmp",
                "houses.png.0f8fad5b-d9cb-469f-a165-70867728950e.tmp",            // no leading dot
                ".houses.png.0F8FAD5B-D9CB-469F-A165-70867728950E.tmp",           // not the canonical lower case
                ".houses.png.0f8fad5b-d9cb-469f-a165-70867728950e.tmp.bak",
                ".houses.png.not-a-uuid-at-all-000000000000.tmp")) {
            assertFalse(TemporaryFiles.isOurs(other), other);
        }
    }

    @Test
    void onlyItsOwnStaleTemporaryFileIsRemoved() throws IOException {
        Path stale = file(TemporaryFiles.nameFor("index.html"), OLD);
        Path fresh = file(TemporaryFiles.nameFor("summary.json"), YOUNG);
        Path usersLookAlike = file(".index.html.backup.tmp", OLD);
        Path usersUuidName = file("index.html.0f8fad5b-d9cb-469f-a165-70867728950e.tmp", OLD);
        Path result = file("index.html", OLD);
        Path ownNamedFolder = Files.createDirectory(folder.resolve(TemporaryFiles.nameFor("pictures")));
        Files.setLastModifiedTime(ownNamedFolder, FileTime.from(NOW.minus(OLD)));
        Path below = Files.createDirectory(folder.resolve("sub"));
        Path staleBelow = Files.writeString(below.resolve(TemporaryFiles.nameFor("a.png")), "x");
        Files.setLastModifiedTime(staleBelow, FileTime.from(NOW.minus(OLD)));

        List<Path> removed = TemporaryFiles.removeStale(folder, NOW);

        assertEquals(List.of(stale), removed, "only the stale file of the tool's own form");
        assertFalse(Files.exists(stale));
        for (Path kept : List.of(fresh, usersLookAlike, usersUuidName, result, ownNamedFolder, staleBelow)) {
            assertTrue(Files.exists(kept), "kept: " + kept.getFileName());
        }
    }
}
