package nnbasics.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import nnbasics.charts.OutputFileException;
import nnbasics.charts.TemporaryFiles;

/**
 * An output folder ({@code --out}), made ready before any long work: created if missing, proven writable by
 * writing and removing a probe file of the tool's own temporary-file form, and cleared of the temporary files a
 * killed run left behind ({@link TemporaryFiles#removeStale}). Nothing else in it is touched.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * @param flag the option that named the folder, for the message ({@code --out})
     * @param dir  the folder
     * @throws UserError one line naming the flag, the folder and why it cannot be written
     */
    static void prepare(String flag, Path dir) {
        String where = flag + " " + dir + ": ";
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError(where + "is a file, expected a folder");
        }
        Path existing = dir.getParent();                   // as the user wrote it; relative paths stop at "."
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new UserError(where + "cannot create the folder, " + existing + " is a file");
        }
        try {
            Files.createDirectories(dir);
            Path probe = dir.resolve(TemporaryFiles.nameFor("nnbasics-probe"));
            try (OutputStream ignored = Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW)) {
                // an empty file proves the folder writable
            } finally {
                Files.deleteIfExists(probe);
            }
            TemporaryFiles.removeStale(dir, Instant.now());
        } catch (IOException | SecurityException e) {
            throw new UserError(where + "cannot write there (" + reason(e) + ")");
        }
    }

    /**
     * The one line for an output file that could not be written while a command wrote into {@code dir} (the disk
     * filled up, a folder stands where a file goes): the flag, the folder, the file as named, not its temporary
     * file, and the reason. Looks through the wrappers a picture's writer or a worker thread puts around it.
     *
     * @return the error to throw, or null if {@code failure} holds no failed output file
     */
    static UserError writeFailed(String flag, Path dir, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutputFileException file) {
                return new UserError(flag + " " + dir + ": cannot write " + file.file() + " (" + file.reason()
                        + "); the files written before it are whole, nothing is half-written");
            }
        }
        return null;
    }

    /** The operating system's reason in words ("permission denied", "Read-only file system"), no class name. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file system does not allow it";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : "the file system refused";
        }
        return "an input/output error";
    }
}
