package nnbasics.compare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The line through {@code compare/}: the proof core ({@code nnbasics.compare} and its model packages: engines,
 * lock-step, metric, tolerances, twin factories) uses no application package, so the applications ({@code cli},
 * {@code guide}, {@code explore}, {@code charts}) can be read, replaced or deleted without touching the proof.
 */
class LayeringTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nnbasics");

    @Test
    void theProofCoreUsesNoApplication() {
        noClasses().that().resideInAPackage("nnbasics.compare..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("nnbasics.cli..", "nnbasics.guide..", "nnbasics.explore..", "nnbasics.charts..")
                .because("the proof core is what every application builds on, not the other way round")
                .check(MAIN);
    }

    @Test
    void theTwoEnginesNeverSeeEachOther() {
        noClasses().that().resideInAPackage("nnbasics.handwritten..")
                .should().dependOnClassesThat().resideInAPackage("nnbasics.dl4j..")
                .because("the hand-written engine is plain Java, proven against DL4J, never built on it")
                .check(MAIN);
        noClasses().that().resideInAPackage("nnbasics.dl4j..")
                .should().dependOnClassesThat().resideInAPackage("nnbasics.handwritten..")
                .because("the DL4J engine reads, scales and evaluates with its own tools")
                .check(MAIN);
    }
}
