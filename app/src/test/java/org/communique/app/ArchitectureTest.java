package org.communique.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module arrows of ARCHITECTURE.md point one way: down the table, never up. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.communique");

    @Test
    void modelNeedsNothingButTheJdkAndJackson() {
        // Jackson maps the records to JSON (Records); the record types themselves carry no annotations
        noClasses().that().resideInAPackage("org.communique.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.communique.model..", "java..",
                        "com.fasterxml.jackson..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.communique.model..").and().areRecords()
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void readerKnowsNothingOfStorageOrTheWeb() {
        noClasses().that().resideInAPackage("org.communique.reader..")
                .should().dependOnClassesThat().resideInAnyPackage("org.communique.store..", "org.communique.web..",
                        "org.communique.app..", "java.sql..", "org.jdbi..", "io.javalin..")
                .check(CLASSES);
    }

    @Test
    void scoringIsApartFromReading() {
        // the scorer judges the reader's output, so neither may lean on the other
        noClasses().that().resideInAPackage("org.communique.eval..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.communique.eval..", "org.communique.model..", "java..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.communique.reader..")
                .should().dependOnClassesThat().resideInAPackage("org.communique.eval..")
                .check(CLASSES);
    }

    @Test
    void storeKnowsNothingOfReadingOrHttp() {
        noClasses().that().resideInAPackage("org.communique.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.communique.reader..", "org.communique.web..",
                        "org.communique.app..", "io.javalin..")
                .check(CLASSES);
    }

    @Test
    void trackerKnowsNothingOfReadingTheWebOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.communique.tracker..")
                .should().dependOnClassesThat().resideInAnyPackage("org.communique.reader..", "org.communique.web..",
                        "org.communique.app..", "io.javalin..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void storeKnowsNothingOfTheTracker() {
        noClasses().that().resideInAPackage("org.communique.store..")
                .should().dependOnClassesThat().resideInAPackage("org.communique.tracker..")
                .check(CLASSES);
    }

    @Test
    void webDoesNotReachIntoTheCommandLine() {
        noClasses().that().resideInAPackage("org.communique.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.communique.app..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void draftingKnowsNothingOfTheWebOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.communique.drafting..")
                .should().dependOnClassesThat().resideInAnyPackage("org.communique.web..", "org.communique.app..",
                        "org.communique.tracker..", "io.javalin..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void sparkUsesOnlyTheModelAndTheReader() {
        noClasses().that().resideInAPackage("org.communique.spark..")
                .should().dependOnClassesThat(resideInAPackage("org.communique..").and(resideOutsideOfPackages(
                        "org.communique.spark..", "org.communique.model..", "org.communique.reader..")))
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.postgresql..")
                .check(CLASSES);
    }

    /**
     * SQL is run by the store's repositories, never by a web handler, a command or a benchmark. Drafting still runs
     * the SQL of its own tables (plans, agendas, drafts) itself: the one module besides the store allowed to.
     */
    @Test
    void onlyTheStoreAndDraftingRunSql() {
        // test-support makes the tests' databases, so it may speak SQL too; nothing it has reaches the application
        noClasses().that().resideOutsideOfPackages("org.communique.store..", "org.communique.drafting..", "org.communique.testsupport..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "javax.sql..", "org.postgresql..")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenModules() {
        slices().matching("org.communique.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
