package io.github.sfnemulator.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md keeps other modules out of the emulator's internals. The command line is its entry point
 * and the exception, held to a fixed list: the project's own commands (conformance runs the
 * recorded cases, bench the shared workloads) and validate's reading of JSON and YAML definitions.
 */
class ArchitectureTest {
  private static final JavaClasses CLI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.sfnemulator.cli");

  @Test
  void reaches_only_the_listed_internals() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.github.sfnemulator.internal..")
                .and(
                    resideOutsideOfPackages(
                        "io.github.sfnemulator.internal.conformance..",
                        "io.github.sfnemulator.internal.bench..",
                        "io.github.sfnemulator.internal.parse..",
                        "io.github.sfnemulator.internal.limits..",
                        "io.github.sfnemulator.internal.json..")))
        .check(CLI);
  }
}
