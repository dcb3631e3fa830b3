package dev.filmgen.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.filmgen.structure.cyclic.a.Ping;
import dev.filmgen.structure.cyclic.b.Pong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of filmgen-core (decision Y1): no package cycles, and layers that only point down. The
 * layers, top first: the entry point {@code dev.filmgen}; the runner; the built-in stages and the intent
 * classifiers; the handler SPI; the other SPIs and their values (session, event, config, compose, model, calls, cost,
 * storage, media); the foundation (domain, stage, error, concurrent, internal leaves).
 */
class PackageStructureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.filmgen");
    }

    /** Each package of filmgen-core is its own slice (the root package included). */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith("dev.filmgen")
                    ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of dev.filmgen";
        }
    };

    /** Each stage package (not {@code stages.internal}) is its own slice. */
    private static final SliceAssignment EACH_STAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!p.startsWith("dev.filmgen.stages.") || p.startsWith("dev.filmgen.stages.internal")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(p.substring("dev.filmgen.stages.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "each stage package";
        }
    };

    private static ArchRule noPackageCycles() {
        return slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles();
    }

    @Test
    void noPackageOfCoreReachesItselfThroughAnother() {
        noPackageCycles().check(core);
    }

    @Test
    void theCycleRuleCatchesAPlantedCycle() {
        JavaClasses planted = new ClassFileImporter().importClasses(Ping.class, Pong.class);
        assertTrue(noPackageCycles().evaluate(planted).hasViolation());
        assertFalse(noPackageCycles().evaluate(new ClassFileImporter().importClasses(Ping.class)).hasViolation());
    }

    @Test
    void layersOnlyPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Entry").definedBy("dev.filmgen")
                .layer("Runner").definedBy("dev.filmgen.internal.runner..")
                .layer("Stages").definedBy("dev.filmgen.stages..")
                .layer("Intent").definedBy("dev.filmgen.intent..")
                .layer("HandlerSpi").definedBy("dev.filmgen.handler..")
                .layer("Spi").definedBy("dev.filmgen.session..", "dev.filmgen.event..", "dev.filmgen.config..",
                        "dev.filmgen.compose..", "dev.filmgen.model..", "dev.filmgen.calls..",
                        "dev.filmgen.storage..", "dev.filmgen.media..", "dev.filmgen.cost..")
                .layer("Foundation").definedBy("dev.filmgen.domain..", "dev.filmgen.stage..",
                        "dev.filmgen.error..", "dev.filmgen.concurrent..", "dev.filmgen.internal.json..",
                        "dev.filmgen.internal.text..")
                .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("Runner").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Stages").mayOnlyBeAccessedByLayers("Entry", "Runner")
                .whereLayer("Intent").mayOnlyBeAccessedByLayers("Entry", "Runner")
                .whereLayer("HandlerSpi").mayOnlyBeAccessedByLayers("Entry", "Runner", "Stages")
                .whereLayer("Spi").mayOnlyBeAccessedByLayers("Entry", "Runner", "Stages", "Intent", "HandlerSpi")
                .check(core);
    }

    @Test
    void everyPackageOfCoreHasALayer() {
        classes().should().resideInAnyPackage("dev.filmgen", "dev.filmgen.internal.runner..", "dev.filmgen.stages..",
                        "dev.filmgen.intent..", "dev.filmgen.handler..", "dev.filmgen.session..", "dev.filmgen.event..",
                        "dev.filmgen.config..", "dev.filmgen.compose..", "dev.filmgen.model..", "dev.filmgen.calls..",
                        "dev.filmgen.storage..", "dev.filmgen.media..", "dev.filmgen.cost..", "dev.filmgen.domain..",
                        "dev.filmgen.stage..",
                        "dev.filmgen.error..", "dev.filmgen.concurrent..", "dev.filmgen.internal.json..",
                        "dev.filmgen.internal.text..")
                .because("a new package must take its place in the layers of layersOnlyPointDown (decision Y1)")
                .check(core);
    }

    @Test
    void aStageUsesNoOtherStageAndTheSharedMachineryUsesNoStage() {
        slices().assignedFrom(EACH_STAGE).should().notDependOnEachOther().check(core);
        noClasses().that().resideInAPackage("dev.filmgen.stages.internal..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.filmgen.stages..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("dev.filmgen.stages.internal..")))
                .check(core);
    }
}
