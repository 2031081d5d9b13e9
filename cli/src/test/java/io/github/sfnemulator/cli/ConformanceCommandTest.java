package io.github.sfnemulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** {@code conformance DIR} through {@link Main#run}, on cases written by the test. */
@ResourceLock(Resources.SYSTEM_OUT)
class ConformanceCommandTest {
  private static final String DEFINITION =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"x\":1},\"End\":true}}}";

  @TempDir Path dir;

  @Test
  void counts_passing_and_failing_cases_and_shows_the_first_difference() throws IOException {
    // GIVEN one case that matches and one whose recorded output differs
    writeCase("a/ok.json", "ok", "{\"x\":1}");
    writeCase("b/wrong.json", "wrong", "{\"x\":2}");

    // WHEN
    CliRun run = CliRun.run("conformance", dir.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            "FAIL wrong: output at /x: expected 2 but was 1",
            "whole histories: 1 passed, 0 allowed to fail, 1 failed");
  }

  @Test
  void exits_0_when_every_case_passes() throws IOException {
    writeCase("ok.json", "ok", "{\"x\":1}");

    CliRun run = CliRun.run("conformance", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("whole histories: 1 passed, 0 allowed to fail, 0 failed\n");
  }

  @Test
  void names_the_event_and_field_of_the_first_history_difference() throws IOException {
    // GIVEN a case whose recorded history links the first state to ExecutionStarted
    writeCaseWithHistory("linked.json", 1);

    // WHEN
    CliRun run = CliRun.run("conformance", dir.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "FAIL linked: history event #2 PassStateEntered at /previousEventId: expected 1 but was 0");
  }

  @Test
  void types_only_ignores_ids_links_and_details() throws IOException {
    // GIVEN the same case
    writeCaseWithHistory("linked.json", 1);

    // WHEN
    CliRun run = CliRun.run("conformance", dir.toString(), "--types-only");

    // THEN
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("types only: 1 passed, 0 allowed to fail, 0 failed\n");
  }

  @Test
  void a_listed_case_that_fails_is_allowed_and_one_that_passes_must_leave_the_list()
      throws IOException {
    // GIVEN a failing and a passing case, both listed
    writeCase("cases/b/wrong.json", "wrong", "{\"x\":2}");
    writeCase("cases/a/ok.json", "ok", "{\"x\":1}");
    Files.writeString(
        dir.resolve("allowed-failures.json"),
        "{\"allowedFailures\":[{\"case\":\"wrong\",\"reason\":\"R1\"},{\"case\":\"ok\",\"reason\":\"R2\"}]}");

    // WHEN
    CliRun run = CliRun.run("conformance", dir.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            "FIXED ok is listed in allowed-failures.json (R2) but passes now: remove it from the list",
            "ALLOWED wrong (R1): output at /x: expected 2 but was 1",
            "whole histories: 0 passed, 1 allowed to fail, 1 failed");
  }

  private void writeCaseWithHistory(String path, int firstStatePrevious) throws IOException {
    String event =
        "{\"id\":%d,\"previousEventId\":%d,\"timestamp\":\"timestamp\",\"type\":\"%s\",%s}";
    String history =
        "["
            + String.join(
                ",",
                event.formatted(
                    1,
                    0,
                    "ExecutionStarted",
                    "\"executionStartedEventDetails\":{\"input\":{},\"inputDetails\":{\"truncated\":false},\"roleArn\":\"snf_role_arn\"}"),
                event.formatted(
                    2,
                    firstStatePrevious,
                    "PassStateEntered",
                    "\"stateEnteredEventDetails\":{\"name\":\"P\",\"input\":{},\"inputDetails\":{\"truncated\":false}}"),
                event.formatted(
                    3,
                    2,
                    "PassStateExited",
                    "\"stateExitedEventDetails\":{\"name\":\"P\",\"output\":{\"x\":1},\"outputDetails\":{\"truncated\":false}}"),
                event.formatted(
                    4,
                    3,
                    "ExecutionSucceeded",
                    "\"executionSucceededEventDetails\":{\"output\":{\"x\":1},\"outputDetails\":{\"truncated\":false}}"))
            + "]";
    Path file = dir.resolve(path);
    Files.writeString(
        file,
        "{\"id\":\"linked\",\"definition\":"
            + DEFINITION
            + ",\"input\":{},\"expected\":{\"status\":\"SUCCEEDED\",\"output\":{\"x\":1},\"history\":"
            + history
            + "}}");
  }

  private void writeCase(String path, String id, String output) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "{\"id\":\""
            + id
            + "\",\"definition\":"
            + DEFINITION
            + ",\"input\":{},\"expected\":{\"status\":\"SUCCEEDED\",\"output\":"
            + output
            + ",\"states\":[\"P\"],\"events\":[\"ExecutionStarted\",\"PassStateEntered\",\"PassStateExited\",\"ExecutionSucceeded\"],\"order\":\"exact\"}}");
  }
}
