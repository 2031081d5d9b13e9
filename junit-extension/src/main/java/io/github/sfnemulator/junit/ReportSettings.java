package io.github.sfnemulator.junit;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where pictures and coverage data go, from JUnit configuration parameters (which JUnit also reads
 * from system properties, e.g. Surefire's {@code systemPropertyVariables}):
 *
 * <ul>
 *   <li>{@code sfn.pictures}: {@code failed} (default) draws the executions of failing tests,
 *       {@code all} of every test, {@code none} draws nothing;
 *   <li>{@code sfn.pictures.directory}: default {@code target/sfn-reports};
 *   <li>{@code sfn.coverage}: {@code true} (default) records coverage data;
 *   <li>{@code sfn.coverage.directory}: default {@code target/sfn-coverage}, the folder {@code
 *       sfn:coverage-report} reads.
 * </ul>
 */
record ReportSettings(
    Pictures pictures, Path picturesDirectory, boolean coverage, Path coverageDirectory) {
  static final String PICTURES = "sfn.pictures";
  static final String PICTURES_DIRECTORY = "sfn.pictures.directory";
  static final String COVERAGE = "sfn.coverage";
  static final String COVERAGE_DIRECTORY = "sfn.coverage.directory";

  /** Which tests get pictures of their executions. */
  enum Pictures {
    FAILED,
    ALL,
    NONE
  }

  static ReportSettings of(ExtensionContext context) {
    String pictures = context.getConfigurationParameter(PICTURES).orElse("failed").trim();
    Pictures mode;
    try {
      mode = Pictures.valueOf(pictures.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          PICTURES + "=" + pictures + " is not a choice: use failed, all or none.");
    }
    return new ReportSettings(
        mode,
        Path.of(context.getConfigurationParameter(PICTURES_DIRECTORY).orElse("target/sfn-reports")),
        !context
            .getConfigurationParameter(COVERAGE)
            .orElse("true")
            .trim()
            .equalsIgnoreCase("false"),
        Path.of(
            context.getConfigurationParameter(COVERAGE_DIRECTORY).orElse("target/sfn-coverage")));
  }
}
