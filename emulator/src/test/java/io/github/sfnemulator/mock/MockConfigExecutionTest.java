package io.github.sfnemulator.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.HistoryEventType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Executions that select a test case of AWS's documented MockConfigFile.json example with a {@code
 * #TestCase} suffix, as with AWS Step Functions Local.
 */
class MockConfigExecutionTest {
  private static final String DEFINITION =
      """
      {"StartAt":"LambdaState","States":{
        "LambdaState":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
          "Parameters":{"FunctionName":"HelloFunction","Payload.$":"$"},
          "Retry":[{"ErrorEquals":["Lambda.ResourceNotReadyException","Lambda.TimeoutException"],
                    "IntervalSeconds":2,"BackoffRate":2,"MaxAttempts":3}],
          "Catch":[{"ErrorEquals":["Lambda.ResourceNotFoundException"],"ResultPath":"$.error","Next":"Recover"}],
          "ResultSelector":{"body.$":"$.Payload.body"},"ResultPath":"$.lambda","Next":"SQSState"},
        "SQSState":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
          "Parameters":{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/q","MessageBody.$":"$.lambda.body"},
          "ResultPath":"$.sqs","Next":"Items"},
        "Items":{"Type":"Map","ItemsPath":"$.items","ResultPath":"$.each","End":true,
          "ItemProcessor":{"StartAt":"ForEachItem","States":{"ForEachItem":{"Type":"Task",
            "Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"Each"},"End":true}}}},
        "Recover":{"Type":"Pass","End":true}}}
      """;

  private final StepFunctionsEmulator emulator =
      StepFunctionsEmulator.create(
          EmulatorOptions.newBuilder()
              .mockConfig(MockConfig.fromPath(config()))
              .taskResponder(call -> TaskResponse.returning(call.parameters()))
              .build());
  private final StateMachine machine =
      emulator.createStateMachine("LambdaSQSIntegration", DEFINITION);

  @AfterEach
  void close() {
    emulator.close();
  }

  private Execution run(String testCase, String input) {
    return emulator.startExecution(machine.arn() + "#" + testCase, input).await();
  }

  @Test
  void happy_path_answers_each_mocked_state_from_its_response() {
    Execution e = run("HappyPath", "{\"items\":[]}");

    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.outputJson().path("lambda").path("body").asText()).isEqualTo("Hello from Lambda!");
    assertThat(e.outputJson().path("sqs").path("MessageId").asText())
        .isEqualTo("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");
  }

  @Test
  void retry_path_walks_the_0_and_1_2_keys_then_returns() {
    Execution e = run("RetryPath", "{\"items\":[]}");

    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.history().stream().filter(ev -> ev.type() == HistoryEventType.TaskFailed))
        .extracting(ev -> ev.error())
        .containsExactly(
            "Lambda.ResourceNotReadyException",
            "Lambda.TimeoutException",
            "Lambda.TimeoutException");
    assertThat(Duration.between(e.startDate(), e.stopDate()))
        .isEqualTo(Duration.ofSeconds(2 + 4 + 8));
  }

  @Test
  void a_mocked_throw_is_caught_by_the_catcher() {
    Execution e = run("FailPath", "{}");

    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.statesEntered()).containsExactly("LambdaState", "Recover");
    assertThat(e.outputJson().path("error").path("Error").asText())
        .isEqualTo("Lambda.ResourceNotFoundException");
  }

  @Test
  void
      map_iterations_continue_the_counter_and_an_exhausted_mock_fails_naming_state_and_invocation() {
    Execution e = run("ExhaustedPath", "{\"items\":[1,2,3]}");

    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(e.cause())
        .contains("'ForEachItem'", "invocation 2", "'MockedItemOnce'", "covers invocations 0-1");
  }

  @Test
  void states_the_test_case_does_not_mock_go_to_the_task_responder() {
    Execution e = run("HybridPath", "{\"items\":[]}");

    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.outputJson().path("sqs").path("MessageBody").asText())
        .isEqualTo("Hello from Lambda!");
  }

  @Test
  void an_unknown_test_case_is_named_with_the_ones_that_exist() {
    assertThatThrownBy(() -> emulator.startExecution(machine.arn() + "#Nope", "{}"))
        .isInstanceOf(MockConfigException.class)
        .hasMessageContaining("'Nope'")
        .hasMessageContaining("HappyPath");
  }

  @Test
  void a_test_case_without_a_mock_config_is_an_api_error() {
    try (StepFunctionsEmulator bare = StepFunctionsEmulator.create()) {
      StateMachine m = bare.createStateMachine("LambdaSQSIntegration", DEFINITION);
      assertThatThrownBy(() -> bare.startExecution(m.arn() + "#HappyPath", "{}"))
          .isInstanceOfSatisfying(
              SfnApiException.class, ex -> assertThat(ex.getMessage()).contains("no mock config"));
    }
  }

  @Test
  void the_options_test_case_applies_to_executions_naming_none_of_listed_state_machines() {
    EmulatorOptions options = emulator.options().toBuilder().mockTestCase("FailPath").build();
    try (StepFunctionsEmulator withDefault = StepFunctionsEmulator.create(options)) {
      String listed = withDefault.createStateMachine("LambdaSQSIntegration", DEFINITION).arn();
      String unlisted = withDefault.createStateMachine("Elsewhere", DEFINITION).arn();

      Execution byDefault = withDefault.startExecution(listed, "{}").await();
      Execution named = withDefault.startExecution(listed + "#HappyPath", "{\"items\":[]}").await();
      Execution other = withDefault.startExecution(unlisted, "{\"items\":[]}").await();

      assertThat(byDefault.statesEntered()).containsExactly("LambdaState", "Recover");
      assertThat(named.status()).as(named.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(named.outputJson().path("lambda").path("body").asText())
          .isEqualTo("Hello from Lambda!");
      // Not in the config: the task responder echoes the parameters, which have no Payload.body.
      assertThat(other.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(other.cause()).contains("could not be found in the input '{\"FunctionName\"");
    }
  }

  @Test
  void an_options_test_case_needs_a_mock_config() {
    assertThatThrownBy(() -> EmulatorOptions.newBuilder().mockTestCase("HappyPath").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mockTestCase 'HappyPath' needs a mockConfig to read it from");
  }

  private static Path config() {
    try {
      return Path.of(
          MockConfigExecutionTest.class.getResource("/mockconfig/MockConfigFile.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
