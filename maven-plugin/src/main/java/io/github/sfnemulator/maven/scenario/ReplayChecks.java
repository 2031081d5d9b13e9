package io.github.sfnemulator.maven.scenario;

/** A replay case takes its input, Task results and expectations from the recording alone. */
final class ReplayChecks {
  private ReplayChecks() {}

  static void check(String file, String at, ScenarioCase c) {
    if (c.replay() == null) {
      return;
    }
    if (c.replay().history() == null || c.replay().history().isBlank()) {
      throw ScenarioChecks.fail(
          file,
          at + ".replay",
          "'history' is required: the output of 'aws stepfunctions get-execution-history',"
              + " relative to the project");
    }
    if (c.input() != null
        || !c.mocks().isEmpty()
        || c.testCase() != null
        || c.expect() != Expectations.NONE) {
      throw ScenarioChecks.fail(
          file,
          at,
          "a 'replay' case takes its input, Task results and expected history from the recording:"
              + " remove 'input', 'mocks', 'testCase' and 'expect', or move them to a case of their own");
    }
  }
}
