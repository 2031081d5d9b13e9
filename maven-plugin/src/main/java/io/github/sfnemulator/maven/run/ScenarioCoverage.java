package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.graph.CoverageData;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the coverage of a scenario's executions as {@code DIRECTORY/verify/SCENARIO.sfncov.json},
 * replaced on each run, for {@code sfn:coverage-report} to merge with the tests'.
 *
 * <pre>{@code
 * ScenarioCoverage.write(result, "order", definitionJson, Path.of("target/sfn-coverage"));
 * // target/sfn-coverage/verify/order.sfncov.json, merged by sfn:coverage-report
 * }</pre>
 */
public final class ScenarioCoverage {
  private ScenarioCoverage() {}

  public static void write(
      ScenarioResult result, String machineName, String definition, Path directory)
      throws IOException {
    CoverageData data = new CoverageData();
    for (CaseResult c : result.cases()) {
      if (c.trace() != null) {
        data.record(machineName, definition, c.trace().history());
      }
    }
    if (!data.isEmpty()) {
      data.write(
          directory
              .resolve("verify")
              .resolve(ScenarioPictures.safe(result.name()) + CoverageData.FILE_SUFFIX));
    }
  }
}
