package io.github.sfnemulator.cli;

import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.HistoryJson;
import io.github.sfnemulator.mock.TaskMocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** {@code graph DEFINITION [--execution HISTORY.json] -o OUT.svg} through {@link Main#run}. */
@ResourceLock(Resources.SYSTEM_OUT)
class GraphCommandTest {
  @TempDir Path dir;

  @Test
  void writes_the_state_machine_as_svg() throws IOException {
    // GIVEN
    Path definition = write("every.asl.json", resource("every-state-type.asl.json"));
    Path svg = dir.resolve("pictures/every.svg");

    // WHEN
    CliRun run = CliRun.run("graph", definition.toString(), "-o", svg.toString());

    // THEN
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("Wrote " + svg + "\n");
    assertThat(Files.readString(svg))
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("data-machine=\"every\"", "data-name=\"Charge\"")
        .doesNotContain("class=\"caption\"");
  }

  @Test
  void draws_the_execution_of_a_history_file_over_the_state_machine() throws IOException {
    // GIVEN
    String text = resource("every-state-type.asl.json");
    Path definition = write("every.asl.json", text);
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                lambda("Charge").willThrow(lambdaError("Card.Declined", "insufficient funds")));
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      StateMachine machine = emulator.createStateMachine("every", text);
      Execution run =
          emulator
              .startExecution(machine.arn(), "o-1", "{\"kind\":\"x\",\"amount\":500,\"vip\":true}")
              .await();
      write("history.json", HistoryJson.write(run.history()));
    }
    Path svg = dir.resolve("run.svg");

    // WHEN
    CliRun run =
        CliRun.run(
            "graph",
            definition.toString(),
            "--execution",
            dir.resolve("history.json").toString(),
            "-o",
            svg.toString());

    // THEN
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(svg))
        .contains("every: FAILED with Order.Declined", "class=\"edge catch taken caught\"");
  }

  @Test
  void names_the_file_and_the_problem_when_the_history_is_not_a_history() throws IOException {
    // GIVEN
    Path definition = write("every.asl.json", resource("every-state-type.asl.json"));
    Path history = write("history.json", "{\"executionArn\":\"x\"}");

    // WHEN
    CliRun run =
        CliRun.run(
            "graph",
            definition.toString(),
            "--execution",
            history.toString(),
            "-o",
            dir.resolve("x.svg").toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(history + ": The history has no \"events\" array.");
  }

  @Test
  void says_which_file_is_missing() {
    // WHEN
    CliRun run = CliRun.run("graph", dir.resolve("nope.asl.json").toString(), "-o", "x.svg");

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "graph: '" + dir.resolve("nope.asl.json") + "' is not a file. Check the path.\n");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String resource(String name) throws IOException {
    return Files.readString(EmulatorTestResources.path("graph").resolve(name));
  }
}
