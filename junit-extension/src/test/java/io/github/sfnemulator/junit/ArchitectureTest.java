package io.github.sfnemulator.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The rules of STYLE.md for this module. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.sfnemulator.junit");
  private static final JavaClasses TESTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
          .importPackages("io.github.sfnemulator.junit");

  @Test
  void uses_only_the_emulators_public_api() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.sfnemulator.internal..")
        .check(MAIN);
  }

  @Test
  void writes_nothing_to_standard_streams() {
    noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(MAIN);
  }

  @Test
  void throws_no_generic_exceptions() {
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
  }

  @Test
  void tests_assert_with_assertj_only() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.junit.jupiter.api.Assertions")
        .check(TESTS);
  }
}
