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
  void the_library_does_not_write_to_standard_streams() {
    // Only the command line (module cli) prints; a test's output belongs to the test.
    noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(MAIN);
  }

  @Test
  void main_code_does_not_depend_on_junit() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.junit..").check(MAIN);
  }

  @Test
  void main_code_throws_no_generic_exceptions() {
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
  }
}
