package io.github.sfnemulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, checked on the main code. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.sfnemulator");

  @Test
  void only_the_cli_writes_to_standard_streams() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.sfnemulator.cli..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .check(MAIN);
  }

  @Test
  void main_code_does_not_depend_on_junit() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.junit..").check(MAIN);
  }

  @Test
  void main_code_throws_no_generic_exceptions() {
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
  }

  @Test
  void internals_do_not_depend_on_the_cli() {
    noClasses()
        .that()
        .resideInAPackage("io.github.sfnemulator.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.sfnemulator.cli..")
        .check(MAIN);
  }
}
