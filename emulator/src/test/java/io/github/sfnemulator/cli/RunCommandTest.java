package io.github.sfnemulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** {@code run DEFINITION [--input]} through {@link Main#run}. */
@ResourceLock(Resources.SYSTEM_OUT)
class RunCommandTest {
  private static final String GREETER =
      """
      {"StartAt":"Check","States":{
        "Check":{"Type":"Choice","Choices":[{"Variable":"$.who","IsPresent":true,"Next":"Greet"}],"Default":"NoOne"},
        "Greet":{"Type":"Pass","Parameters":{"greeting.$":"States.Format('Hello, {}!', $.who)"},"Next":"Later"},
        "Later":{"Type":"Wait","Seconds":86400,"End":true},
        "NoOne":{"Type":"Fail","Error":"Greeting.NoOne","Cause":"nobody to greet"}}}
      """;

  @TempDir Path dir;

  @Test
  void prints_status_output_and_path_of_a_successful_run() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("greeter.asl.json"), GREETER);

    // WHEN
    CliRun run = CliRun.run("run", file.toString(), "--input", "{\"who\":\"world\"}");

    // THEN
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Status: SUCCEEDED\nOutput: {\"greeting\":\"Hello, world!\"}\nPath: Check -> Greet -> Later\n");
  }

  @Test
  void reads_the_input_from_a_file_and_reports_a_failure_with_exit_code_1() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("greeter.asl.json"), GREETER);
    Path input = Files.writeString(dir.resolve("input.json"), "{}");

    // WHEN
    CliRun run = CliRun.run("run", file.toString(), "--input", "@" + input);

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo("Status: FAILED\nError: Greeting.NoOne\nCause: nobody to greet\nPath: Check -> NoOne\n");
  }

  @Test
  void an_invalid_definition_lists_its_diagnostics_instead_of_running() throws IOException {
    // GIVEN
    Path file =
        Files.writeString(
            dir.resolve("broken.asl.json"), "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"}}}");

    // WHEN
    CliRun run = CliRun.run("run", file.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Invalid definition 'broken'", "/States/A/Next: ERROR MISSING_TRANSITION_TARGET");
  }

  @Test
  void a_missing_definition_file_is_named_in_the_error() {
    CliRun run = CliRun.run("run", dir.resolve("nope.asl.json").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nope.asl.json' is not a file");
  }
}
