package io.github.sfnemulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** {@code validate FILE...} through {@link Main#run}, with stdout captured. */
@ResourceLock(Resources.SYSTEM_OUT)
class ValidateCommandTest {
  private static final String VALID =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}";
  private static final String INVALID =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},\"Z\":{\"Type\":\"Succeed\"}}}";

  @TempDir Path dir;

  @Test
  void exits_0_and_prints_the_summary_for_valid_files() throws IOException {
    // GIVEN
    Path file = write("ok.asl.json", VALID);

    // WHEN
    CliRun run = run("validate", file.toString());

    // THEN
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("1 file: 1 valid, 0 invalid\n");
  }

  @Test
  void exits_1_and_prints_each_diagnostic_with_its_file_and_location() throws IOException {
    // GIVEN
    Path ok = write("ok.asl.json", VALID);
    Path bad = write("bad.asl.json", INVALID);

    // WHEN
    CliRun run = run("validate", ok.toString(), bad.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            bad
                + ":/States/A/Next: ERROR MISSING_TRANSITION_TARGET: 'Next' names state 'B', which"
                + " does not exist. Fix the name or add the state.",
            bad
                + ":/States/Z: ERROR UNREACHABLE_STATE: State 'Z' can never run: no StartAt, Next,"
                + " Default or Catch leads to it. Transition to it or remove it.",
            "2 files: 1 valid, 1 invalid");
  }

  @Test
  void warnings_alone_keep_exit_code_0() throws IOException {
    // GIVEN
    Path file =
        write(
            "warn.asl.json",
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Parameters\":{\"a\":\"$.b\"},\"End\":true}}}");

    // WHEN
    CliRun run = run("validate", file.toString());

    // THEN
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(file + ":/States/A/Parameters/a: WARNING NO_DOLLAR: ");
  }

  @Test
  void reads_yaml_files_by_extension() throws IOException {
    // GIVEN a YAML file whose first character is '{' would be read as JSON without the extension
    Path file = write("flow.yml", "{StartAt: A, States: {A: {Type: Succeed}}}");

    // WHEN
    CliRun run = run("validate", file.toString());

    // THEN
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("1 file: 1 valid, 0 invalid\n");
  }

  @Test
  void reports_a_missing_file_as_an_error_line_not_a_stack_trace() {
    // GIVEN
    Path missing = dir.resolve("missing.asl.json");

    // WHEN
    CliRun run = run("validate", missing.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            missing
                + ":: ERROR CANNOT_READ_FILE: Cannot validate: the file does not exist. Check the"
                + " path.",
            "1 file: 0 valid, 1 invalid");
  }

  @Test
  void reports_broken_json_as_a_diagnostic() throws IOException {
    // GIVEN
    Path file = write("broken.asl.json", "{\"StartAt\":");

    // WHEN
    CliRun run = run("validate", file.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(file + ":: ERROR INVALID_JSON_DESCRIPTION: The definition is not valid JSON");
  }

  @Test
  void needs_at_least_one_file() {
    assertThat(run("validate").exitCode()).isEqualTo(2);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void reports_a_file_that_is_not_utf8_as_an_error_line() throws IOException {
    // GIVEN
    Path file =
        Files.write(dir.resolve("latin.asl.json"), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    // WHEN
    CliRun run = run("validate", file.toString());
    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            file
                + ":: ERROR CANNOT_READ_FILE: Cannot validate: the file is not UTF-8 text. Save it as UTF-8.",
            "1 file: 0 valid, 1 invalid");
  }

  @Test
  void reports_a_definition_over_1048576_characters_as_an_error_line() throws IOException {
    // GIVEN
    Path file =
        write(
            "huge.asl.json",
            "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}"
                + " ".repeat(1_048_576));
    // WHEN
    CliRun run = run("validate", file.toString());
    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(
            file
                + ":: ERROR DEFINITION_TOO_LARGE: ValidationException: 1 validation error detected");
  }
}
