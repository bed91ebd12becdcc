package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;

class ExploreCommandTest {

    @Test
    void withoutADisplayExitsWithOneClearLine() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "a display is attached: the window would open");
        CliRun run = CliRun.of("explore");
        assertEquals(Main.USER_ERROR, run.code(), "exit code; stderr: " + run.err());
        assertEquals("nnbasics explore: no display: the window needs one (set DISPLAY, or run under xvfb-run)",
                run.err().strip(), "one line, no stack trace");
        assertTrue(run.out().isEmpty(), "nothing on stdout: " + run.out());
    }
}
