package org.smartcbs;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries: each module uses only the API of the others, and the billing core uses no framework. */
class ModuleStructureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.smartcbs");

    @Test
    void modulesUseOnlyEachOthersApi() {
        // The core is a library that every module may use, so it is left out of the module model.
        ApplicationModules.of(SmartCbsApplication.class, resideInAPackage("org.smartcbs.core..")).verify();
    }

    @Test
    void coreUsesNoFrameworkAndNoModule() {
        noClasses().that().resideInAPackage("org.smartcbs.core..")
                .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "tools.jackson..",
                        "com.fasterxml..", "jakarta..", "org.apache.poi.."))
                .orShould().dependOnClassesThat(resideInAPackage("org.smartcbs..")
                        .and(not(resideInAPackage("org.smartcbs.core.."))))
                .check(CLASSES);
    }
}
