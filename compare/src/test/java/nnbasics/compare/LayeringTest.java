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

    /**
     * This module's main classes only: a class's dependencies are read from its own bytecode, so the rule needs
     * no jar scanned (scanning ND4J's took half a minute). The two engine modules cannot see each other at all:
     * neither pom depends on the other, so Maven refuses such a dependency at compile time.
     */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("nnbasics");

    @Test
    void theProofCoreUsesNoApplication() {
        noClasses().that().resideInAPackage("nnbasics.compare..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("nnbasics.cli..", "nnbasics.guide..", "nnbasics.explore..", "nnbasics.charts..")
                .because("the proof core is what every application builds on, not the other way round")
                .check(MAIN);
    }
}
