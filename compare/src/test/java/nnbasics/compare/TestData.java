package nnbasics.compare;

import java.nio.file.Path;

/** Where the tests find the project's real data files. */
public final class TestData {

    private TestData() {
    }

    /** {@code data/} of the project: surefire sets {@code nnbasics.dataDir}; from an IDE, the module's parent. */
    public static Path dir() {
        return Path.of(System.getProperty("nnbasics.dataDir", "../data"));
    }

    public static Path file(String name) {
        return dir().resolve(name);
    }
}
