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
            "FAIL wrong: output at /x: expected 2 but was 1", "1 passed, 1 failed");
  }

  @Test
  void exits_0_when_every_case_passes() throws IOException {
    writeCase("ok.json", "ok", "{\"x\":1}");

    CliRun run = CliRun.run("conformance", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("1 passed, 0 failed\n");
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
