package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.history.ExecutionReplay;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.ReplayResult;
import io.github.sfnemulator.maven.scenario.ReplayFiles;
import io.github.sfnemulator.maven.scenario.ScenarioCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a scenario case that replays a recorded AWS execution ({@link ExecutionReplay}). */
final class CaseReplay {
  private CaseReplay() {}

  static CaseResult run(ScenarioCase c, Path baseDir, String definition) {
    long start = System.nanoTime();
    ReplayFiles files = c.replay();
    ReplayResult result;
    try {
      ExecutionReplay replay =
          ExecutionReplay.of(definition, read(baseDir, files.history(), "history"));
      if (files.describe() != null) {
        replay = replay.withDescribe(read(baseDir, files.describe(), "describe"));
      }
      result = replay.run();
    } catch (IOException | IllegalArgumentException e) {
      return CaseResult.error(
          c.name(), "Cannot replay " + files.history() + ": " + e.getMessage(), millis(start));
    }
    Execution execution = result.execution().orElse(null);
    ExecutionTrace trace = execution == null ? null : ExecutionTrace.of(execution);
    return new CaseResult(
        c.name(),
        result.matches() ? CaseResult.Outcome.PASSED : CaseResult.Outcome.FAILED,
        result.matches() ? List.of() : List.of(result.message()),
        trace,
        execution == null ? null : execution.status().name(),
        millis(start));
  }

  private static String read(Path baseDir, String file, String field) throws IOException {
    Path path = baseDir.resolve(file);
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new IOException("cannot read '" + field + "' file " + path + " (" + e + ")", e);
    }
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
