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
        .isEqualTo(
            "Status: FAILED\nError: Greeting.NoOne\nCause: nobody to greet\nPath: Check -> NoOne\n");
  }

  @Test
  void an_invalid_definition_lists_its_diagnostics_instead_of_running() throws IOException {
    // GIVEN
    Path file =
        Files.writeString(
            dir.resolve("broken.asl.json"),
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"}}}");

    // WHEN
    CliRun run = CliRun.run("run", file.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("Invalid definition 'broken'", "/States/A/Next: ERROR MISSING_TRANSITION_TARGET");
  }

  @Test
  void a_missing_definition_file_is_named_in_the_error() {
    CliRun run = CliRun.run("run", dir.resolve("nope.asl.json").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nope.asl.json' is not a file");
  }

  private static final byte[] NOT_UTF8 = {
    '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'
  };

  @Test
  void a_definition_file_that_is_not_utf8_is_one_line_naming_it() throws IOException {
    // GIVEN
    Path file = Files.write(dir.resolve("latin.asl.json"), NOT_UTF8);
    // WHEN
    CliRun run = CliRun.run("run", file.toString());
    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "run: the definition file '" + file + "' is not UTF-8 text. Save it as UTF-8.\n");
  }

  @Test
  void a_missing_input_file_is_one_line_naming_it() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("greeter.asl.json"), GREETER);
    // WHEN
    CliRun run = CliRun.run("run", file.toString(), "--input", "@missing.json");
    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("run: the input file 'missing.json' does not exist. Check the path.\n");
  }

  @Test
  void an_input_file_that_is_not_utf8_or_a_folder_is_one_line() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("greeter.asl.json"), GREETER);
    Path input = Files.write(dir.resolve("input.json"), NOT_UTF8);
    // WHEN
    CliRun notUtf8 = CliRun.run("run", file.toString(), "--input", "@" + input);
    CliRun folder = CliRun.run("run", file.toString(), "--input", "@" + dir);
    // THEN
    assertThat(notUtf8.exitCode()).isEqualTo(1);
    assertThat(notUtf8.err())
        .isEqualTo("run: the input file '" + input + "' is not UTF-8 text. Save it as UTF-8.\n");
    assertThat(folder.exitCode()).isEqualTo(1);
    assertThat(folder.err())
        .isEqualTo("run: the input file '" + dir + "' is a folder. Give the path of a file.\n");
  }

  @Test
  void input_with_trailing_text_or_over_the_limit_is_one_line() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("greeter.asl.json"), GREETER);
    // WHEN
    CliRun trailing = CliRun.run("run", file.toString(), "--input", "{\"a\":1} junk");
    // THEN
    assertThat(trailing.exitCode()).isEqualTo(1);
    assertThat(trailing.err())
        .startsWith(file + ": InvalidExecutionInput: ")
        .doesNotContain("\tat ");
    assertThat(trailing.err().lines()).hasSize(1);
  }

  @Test
  void a_definition_over_1048576_characters_is_one_line() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("huge.asl.json"), GREETER + " ".repeat(1_048_576));
    // WHEN
    CliRun run = CliRun.run("run", file.toString());
    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            file
                + ": ValidationException: 1 validation error detected: Value at 'definition' failed to satisfy"
                + " constraint: Member must have length less than or equal to 1048576\n");
  }
}
