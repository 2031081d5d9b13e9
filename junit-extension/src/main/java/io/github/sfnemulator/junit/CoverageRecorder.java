package io.github.sfnemulator.junit;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.graph.CoverageData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gathers the coverage of every test class of a test run and writes one data file per class, {@code
 * DIRECTORY/junit/CLASS.sfncov.json}, when the run ends (it lives in the root ExtensionContext
 * store, which closes it). A class's file is replaced on each run, so stale data does not pile up.
 */
final class CoverageRecorder implements AutoCloseable {
  private final Path directory;
  private final Map<String, CoverageData> byClass = new ConcurrentHashMap<>();

  CoverageRecorder(Path directory) {
    this.directory = directory;
  }

  /**
   * Adds the executions to their test class's data. Coverage must never fail a test: an execution
   * whose state machine is gone (deleted by the test) is left out, and said so.
   *
   * @return one line per execution left out, with the reason
   */
  List<String> record(
      Class<?> testClass, StepFunctionsEmulator emulator, List<Execution> executions) {
    CoverageData data = byClass.computeIfAbsent(testClass.getName(), k -> new CoverageData());
    List<String> problems = new java.util.ArrayList<>();
    for (Execution e : executions) {
      try {
        StateMachine machine = emulator.describeStateMachine(e.stateMachineArn());
        data.record(machine.name(), machine.definition(), e.history());
      } catch (RuntimeException problem) {
        problems.add("No coverage of '" + e.name() + "': " + problem.getMessage());
      }
    }
    return problems;
  }

  @Override
  public void close() {
    byClass.forEach(
        (name, data) -> {
          if (!data.isEmpty()) {
            try {
              data.write(
                  directory
                      .resolve("junit")
                      .resolve(ExecutionPictures.safe(name) + CoverageData.FILE_SUFFIX));
            } catch (IOException e) {
              throw new UncheckedIOException("Cannot write the coverage data of " + name, e);
            }
          }
        });
  }
}
