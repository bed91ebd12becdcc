package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link CompilerDirectives}: the JVM takes the directives through its diagnostic-command MBean and then matches
 * them as meant, read back with {@code compilerDirectivesPrint} (what {@code jcmd PID Compiler.directives_print}
 * prints): the project's own code (the hand-written engine among it) with C2, everything else without. This module's
 * test JVMs compile with C1 only (the POM), so adding them here changes nothing for the other tests; what a test
 * adds is removed afterwards all the same.
 */
class CompilerDirectivesTest {

    /** How many directives this JVM had before the test (at least the JVM's default). */
    private int before;

    @BeforeEach
    void count() throws JMException {
        before = blocks(CompilerDirectives.current()).size();
    }

    /** Removes what a test added, the latest first. */
    @AfterEach
    void removeWhatWasAdded() throws JMException {
        for (int added = blocks(CompilerDirectives.current()).size() - before; added > 0; added--) {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(CompilerDirectives.MBEAN),
                    "compilerDirectivesRemove", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        }
    }

    /** The printed directives, one block per directive ("Directive:" then its lines), the JVM's default last. */
    private static List<String> blocks(String printed) {
        List<String> blocks = new ArrayList<>();
        for (String block : printed.split("Directive:")) {
            if (!block.isBlank()) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /** The value of {@code Exclude} in the block's "c2 directives:" part. */
    private static boolean c2Excluded(String block) {
        String c2 = block.substring(block.indexOf("c2 directives:"));
        assertTrue(c2.contains("Exclude:"), c2);
        return c2.contains("Exclude:true");
    }

    @Test
    void theJvmKeepsC2ForTheProjectsOwnCodeOnly() throws JMException {
        assertTrue(CompilerDirectives.install(), "the JVM took the resource " + CompilerDirectives.RESOURCE);

        List<String> blocks = blocks(CompilerDirectives.current());
        assertEquals(before + 2, blocks.size(), "two directives added above the default: " + blocks);
        // matched in order, the first that matches applies
        assertTrue(blocks.get(0).contains("matching: " + CompilerDirectives.KEEPS_C2), blocks.get(0));
        assertFalse(c2Excluded(blocks.get(0)), "the project's code keeps C2: " + blocks.get(0));
        assertTrue(blocks.get(1).contains("matching: *.*"), blocks.get(1));
        assertTrue(c2Excluded(blocks.get(1)), "every other method C1 only: " + blocks.get(1));
        assertTrue(blocks.get(1).substring(0, blocks.get(1).indexOf("c2 directives:")).contains("Exclude:false"),
                "C1 itself stays on for them: " + blocks.get(1));
    }

    @Test
    void asksNothingOfTheJvmWhenToldNotTo() throws JMException {
        System.setProperty(CompilerDirectives.PROPERTY, "false");
        try {
            assertFalse(CompilerDirectives.install());
        } finally {
            System.clearProperty(CompilerDirectives.PROPERTY);
        }
        assertEquals(before, blocks(CompilerDirectives.current()).size(), "no directive added");
    }
}
