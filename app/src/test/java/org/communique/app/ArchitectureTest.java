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

    /** No class in {@code layer} depends on a class in any of the {@code unknown} packages. */
    private static void knowsNothingOf(String layer, String... unknown) {
        noClasses().that().resideInAPackage(layer)
                .should().dependOnClassesThat().resideInAnyPackage(unknown)
                .check(CLASSES);
    }

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
        knowsNothingOf("org.communique.reader..", "org.communique.store..", "org.communique.web..", "org.communique.app..",
                "java.sql..", "org.jdbi..", "io.javalin..");
    }

    @Test
    void scoringIsApartFromReading() {
        // the scorer judges the reader's output, so neither may lean on the other
        noClasses().that().resideInAPackage("org.communique.eval..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.communique.eval..", "org.communique.model..", "java..")
                .check(CLASSES);
        knowsNothingOf("org.communique.reader..", "org.communique.eval..");
    }

    @Test
    void storeKnowsNothingOfReadingOrHttp() {
        knowsNothingOf("org.communique.store..", "org.communique.reader..", "org.communique.web..", "org.communique.app..",
                "io.javalin..");
    }

    @Test
    void trackerKnowsNothingOfReadingTheWebOrTheCommandLine() {
        knowsNothingOf("org.communique.tracker..", "org.communique.reader..", "org.communique.web..", "org.communique.app..",
                "io.javalin..", "picocli..");
    }

    @Test
    void storeKnowsNothingOfTheTracker() {
        knowsNothingOf("org.communique.store..", "org.communique.tracker..");
    }

    @Test
    void webDoesNotReachIntoTheCommandLine() {
        knowsNothingOf("org.communique.web..", "org.communique.app..", "picocli..");
    }

    @Test
    void draftingKnowsNothingOfTheWebOrTheCommandLine() {
        knowsNothingOf("org.communique.drafting..", "org.communique.web..", "org.communique.app..",
                "org.communique.tracker..", "io.javalin..", "picocli..");
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
