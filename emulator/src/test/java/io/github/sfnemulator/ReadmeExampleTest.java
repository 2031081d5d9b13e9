package io.github.sfnemulator;

import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;
import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.sfnemulator.mock.TaskMocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Java example, compiled and run so the README cannot drift from the code. */
class ReadmeExampleTest {

  @Test
  void retries_a_throttled_task_then_succeeds_and_the_history_shows_the_backoff() {
    // tag::readme[]
    String definition =
        """
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": { "FunctionName": "charge", "Payload.$": "$" },
              "Retry": [ { "ErrorEquals": ["Lambda.TooManyRequestsException"],
                           "IntervalSeconds": 60, "BackoffRate": 2, "MaxAttempts": 3 } ],
              "ResultSelector": { "charged.$": "$.Payload.ok" },
              "End": true
            }
          }
        }
        """;
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                lambda("Charge") // throttled twice, then the function answers
                    .willThrow(lambdaError("Lambda.TooManyRequestsException", "Rate exceeded"))
                    .thenThrow(lambdaError("Lambda.TooManyRequestsException", "Rate exceeded"))
                    .thenReturn(lambdaInvokeResult("{\"ok\":true}")));
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(mocks).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("Payments", definition);
      Execution execution = emulator.startExecution(machine.arn(), "{\"amount\":42}").await();

      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(execution.output()).isEqualTo("{\"charged\":true}");
      // 60 s, then 120 s of back-off: virtual time, so the test took milliseconds
      assertThat(Duration.between(execution.startDate(), execution.stopDate()))
          .isEqualTo(Duration.ofSeconds(180));
      mocks.verify(3, invocationsOf("Charge"));
    }
    // end::readme[]
  }

  @Test
  void the_readme_shows_this_example_as_it_is() throws IOException {
    Path test = Path.of("src/test/java/io/github/sfnemulator/ReadmeExampleTest.java");
    Path readme = Path.of("../README.md");
    assumeThat(Files.exists(readme)).as("README.md beside the emulator module").isTrue();

    List<String> example = snippet(Files.readAllLines(test), "readme");

    assertThat(normalized(Files.readString(readme))).contains(String.join("\n", example));
  }

  /** The lines between the markers {@code // tag::NAME[]} and {@code // end::NAME[]}, stripped. */
  static List<String> snippet(List<String> lines, String tag) {
    List<String> stripped = lines.stream().map(String::strip).toList();
    int from = stripped.indexOf("// tag::" + tag + "[]") + 1;
    int to = stripped.indexOf("// end::" + tag + "[]");
    return stripped.subList(from, to).stream().filter(l -> !l.isEmpty()).toList();
  }

  /** The lines of the {@code readme} tag. */
  static List<String> snippet(List<String> lines) {
    return snippet(lines, "readme");
  }

  static String normalized(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
