package io.github.sfnemulator.guide;

import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static io.github.sfnemulator.mock.TaskMocks.matchingJsonPath;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.MockConfig;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The messages docs/guide/troubleshooting.md quotes, produced here: each is kept in
 * src/test/resources/guide/messages/NAME.txt, which the page shows through a snippet marker.
 */
class GuideErrorMessagesTest {
  private static final Path MESSAGES = Path.of("src/test/resources/guide/messages");
  private static final Path MOCK_CONFIG = Path.of("src/test/resources/guide/MockConfigFile.json");

  private static String message(String name) {
    try {
      return Files.readString(MESSAGES.resolve(name + ".txt")).stripTrailing();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Execution run(TaskMocks mocks, String input) {
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(mocks).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine order = emulator.createStateMachine("order", GuideMockingTest.ORDER);
      return emulator.startExecution(order.arn(), input).await();
    }
  }

  @Test
  void a_state_no_mock_selects_fails_the_execution_saying_how_to_mock_it() {
    Execution execution =
        run(
            TaskMocks.create()
                .stubFor(lambda("Charge").willReturn(lambdaInvokeResult("{\"ok\":true}"))),
            "{}");

    assertThat(execution.error()).isEqualTo("States.Runtime");
    assertThat(execution.cause()).isEqualTo(message("no-mock"));
  }

  @Test
  void a_mock_that_selects_the_state_but_not_its_parameters_is_named_as_the_near_miss() {
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                lambda("Charge")
                    .withParameters(matchingJsonPath("$.Payload.card"))
                    .willReturn("{}"));

    assertThat(run(mocks, "{\"amount\":20}").cause()).isEqualTo(message("near-miss"));
  }

  @Test
  void a_lambda_invoke_mock_without_the_invoke_result_fails_in_the_result_selector() {
    // the payload alone, where lambda:invoke returns {"Payload": ..., "StatusCode": 200, ...}
    TaskMocks mocks = TaskMocks.create().stubFor(lambda("Charge").willReturn("{\"ok\":true}"));

    Execution execution = run(mocks, "{}");

    assertThat(execution.error()).isEqualTo("States.Runtime");
    assertThat(execution.cause()).isEqualTo(message("payload-without-invoke-result"));
  }

  @Test
  void an_emulator_without_mocks_says_how_to_give_it_some() {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine order = emulator.createStateMachine("order", GuideMockingTest.ORDER);

      assertThat(emulator.startExecution(order.arn(), "{}").await().cause())
          .isEqualTo(message("no-responder"));
    }
  }

  @Test
  void an_invalid_definition_lists_every_diagnostic_with_its_location() {
    String misspelt =
        GuideMockingTest.ORDER.replace("\"Next\": \"Refund\"", "\"Next\": \"Refnud\"");
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      assertThat(catchThrowable(() -> emulator.createStateMachine("order", misspelt)))
          .hasMessage(message("invalid-definition"));
    }
  }

  @Test
  void a_wrong_state_machine_arn_is_aws_error_code_and_the_fix() {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine order = emulator.createStateMachine("order", GuideMockingTest.ORDER);

      assertThat(catchThrowable(() -> emulator.startExecution(order.arn() + "s", "{}")))
          .hasMessage(message("no-state-machine"));
    }
  }

  @Test
  void mock_config_errors_name_what_the_file_has() {
    MockConfig config = MockConfig.fromPath(MOCK_CONFIG);
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().mockConfig(config).build())) {
      StateMachine order = emulator.createStateMachine("order", GuideMockingTest.ORDER);
      StateMachine payments = emulator.createStateMachine("payments", GuideMockingTest.ORDER);

      assertThat(catchThrowable(() -> emulator.startExecution(order.arn() + "#Happy", "{}")))
          .hasMessage(message("unknown-test-case"));
      assertThat(catchThrowable(() -> emulator.startExecution(payments.arn() + "#HappyPath", "{}")))
          .hasMessage(message("unknown-mocked-machine"));
    }
    String gap = "{\"StateMachines\":{},\"MockedResponses\":{\"Charged\":{\"1\":{\"Return\":{}}}}}";
    assertThat(catchThrowable(() -> MockConfig.parse(gap))).hasMessage(message("mock-config-gap"));
  }

  @Test
  void await_fails_at_once_when_nothing_can_end_the_wait() {
    AtomicReference<String> token = new AtomicReference<>();
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("Approve")
                    .willAnswer(
                        call -> {
                          token.set(call.taskToken());
                          return TaskResponse.returning("{}");
                        }));
    String noTimeout = GuideVirtualTimeTest.APPROVAL.replace("\"TimeoutSeconds\": 86400,", "");
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      StateMachine approval = emulator.createStateMachine("approval", noTimeout);
      Execution execution = emulator.startExecution(approval.arn(), "approval-1", "{}");

      Throwable stalled = catchThrowable(execution::await);

      assertThat(stalled).isInstanceOf(IllegalStateException.class);
      assertThat(stalled.getMessage().replace(token.get(), "<token>"))
          .isEqualTo(message("await-stall"));
    }
  }
}
