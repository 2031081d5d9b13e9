package io.github.sfnemulator.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MockConfigTest {
  /**
   * The example of AWS's page "Using mocked service integrations for testing in Step Functions
   * Local".
   */
  static final String AWS_EXAMPLE =
      """
      {
        "StateMachines": {
          "LambdaSQSIntegration": {
            "TestCases": {
              "HappyPath": {"LambdaState": "MockedLambdaSuccess", "SQSState": "MockedSQSSuccess"},
              "RetryPath": {"LambdaState": "MockedLambdaRetry", "SQSState": "MockedSQSSuccess"},
              "HybridPath": {"LambdaState": "MockedLambdaSuccess"}
            }
          }
        },
        "MockedResponses": {
          "MockedLambdaSuccess": {
            "0": {"Return": {"StatusCode": 200, "Payload": {"StatusCode": 200, "body": "Hello from Lambda!"}}}
          },
          "LambdaMockedResourceNotReady": {
            "0": {"Throw": {"Error": "Lambda.ResourceNotReadyException", "Cause": "Lambda resource is not ready."}}
          },
          "MockedSQSSuccess": {
            "0": {"Return": {"MD5OfMessageBody": "3bcb6e8e-7h85-4375-b0bc-1a59812c6e51",
                             "MessageId": "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51"}}
          },
          "MockedLambdaRetry": {
            "0": {"Throw": {"Error": "Lambda.ResourceNotReadyException", "Cause": "Lambda resource is not ready."}},
            "1-2": {"Throw": {"Error": "Lambda.TimeoutException", "Cause": "Lambda timed out."}},
            "3": {"Return": {"StatusCode": 200, "Payload": {"StatusCode": 200, "body": "Hello from Lambda!"}}}
          }
        }
      }
      """;

  static final JsonNode LAMBDA_SUCCESS =
      Json.parse(
          "{\"StatusCode\":200,\"Payload\":{\"StatusCode\":200,\"body\":\"Hello from Lambda!\"}}");

  private final MockConfig config = MockConfig.parse(AWS_EXAMPLE);

  private static TaskCall call(String execution, String state, int invocation) {
    return new TaskCall(
        execution, state, "arn:aws:states:::lambda:invoke", Json.parse("{}"), invocation, null);
  }

  @Test
  void happy_path_returns_the_mocked_results() {
    TaskResponder r = config.responder("LambdaSQSIntegration", "HappyPath");

    assertThat(r.respond(call("e1", "LambdaState", 0)))
        .isEqualTo(TaskResponse.returning(LAMBDA_SUCCESS));
    assertThat(
            ((TaskResponse.Return) r.respond(call("e1", "SQSState", 0)))
                .result()
                .get("MessageId")
                .asText())
        .isEqualTo("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");
  }

  @Test
  void retries_walk_the_zero_and_range_keys() {
    // GIVEN the state is retried: the interpreter numbers its calls 0, 1, 2, 3
    TaskResponder r = config.responder("LambdaSQSIntegration", "RetryPath");
    // WHEN / THEN
    assertThat(r.respond(call("e1", "LambdaState", 0)))
        .isEqualTo(
            TaskResponse.throwing(
                "Lambda.ResourceNotReadyException", "Lambda resource is not ready."));
    assertThat(r.respond(call("e1", "LambdaState", 1)))
        .isEqualTo(TaskResponse.throwing("Lambda.TimeoutException", "Lambda timed out."));
    assertThat(r.respond(call("e1", "LambdaState", 2)))
        .isEqualTo(TaskResponse.throwing("Lambda.TimeoutException", "Lambda timed out."));
    assertThat(r.respond(call("e1", "LambdaState", 3)))
        .isEqualTo(TaskResponse.returning(LAMBDA_SUCCESS));
  }

  @Test
  void map_iterations_continue_the_state_counter() {
    // GIVEN a Map of three items whose iterator state is LambdaState: invocations 0, 1, 2
    TaskResponder r = config.responder("LambdaSQSIntegration", "RetryPath");

    assertThat(
            java.util.stream.IntStream.range(0, 3)
                .mapToObj(
                    i -> ((TaskResponse.Throw) r.respond(call("e1", "LambdaState", i))).error()))
        .containsExactly(
            "Lambda.ResourceNotReadyException",
            "Lambda.TimeoutException",
            "Lambda.TimeoutException");
  }

  @Test
  void an_exhausted_mock_fails_with_states_runtime_naming_state_and_invocation() {
    TaskResponder r = config.responder("LambdaSQSIntegration", "HappyPath");

    assertThatThrownBy(() -> r.respond(call("e1", "LambdaState", 1)))
        .isInstanceOfSatisfying(
            StatesException.class, e -> assertThat(e.error()).isEqualTo("States.Runtime"))
        .hasMessageContaining(
            "Task state 'LambdaState' was invoked for the 2nd time (invocation 1)")
        .hasMessageContaining(
            "mocked response 'MockedLambdaSuccess' (test case 'HappyPath' of state machine"
                + " 'LambdaSQSIntegration') covers invocations 0-0 only");
  }

  @Test
  void states_the_test_case_does_not_mock_go_to_the_fallback() {
    TaskResponder fallback = c -> TaskResponse.returning(Json.parse("{\"from\":\"fallback\"}"));
    TaskResponder r = config.responder("LambdaSQSIntegration", "HybridPath", fallback);

    assertThat(r.respond(call("e1", "LambdaState", 0)))
        .isEqualTo(TaskResponse.returning(LAMBDA_SUCCESS));
    assertThat(r.respond(call("e1", "SQSState", 0)))
        .isEqualTo(TaskResponse.returning(Json.parse("{\"from\":\"fallback\"}")));
    assertThatThrownBy(
            () ->
                config
                    .responder("LambdaSQSIntegration", "HybridPath")
                    .respond(call("e1", "SQSState", 0)))
        .hasMessageContaining("No mock answers Task state 'SQSState'");
  }

  @Test
  void unknown_state_machine_and_test_case_name_what_exists() {
    assertThat(config.stateMachines()).containsExactly("LambdaSQSIntegration");
    assertThat(config.testCases("LambdaSQSIntegration"))
        .containsExactly("HappyPath", "RetryPath", "HybridPath");
    assertThatThrownBy(() -> config.testCase("Other", "HappyPath"))
        .isInstanceOf(MockConfigException.class)
        .hasMessage(
            "The mock config has no state machine 'Other'. State machines: [LambdaSQSIntegration]");
    assertThatThrownBy(() -> config.testCase("LambdaSQSIntegration", "SadPath"))
        .hasMessage(
            "State machine 'LambdaSQSIntegration' has no test case 'SadPath' in the mock config."
                + " Test cases: [HappyPath, RetryPath, HybridPath]");
  }

  @Test
  void a_mocked_state_missing_from_the_machine_is_reported() {
    MockConfigTestCase happy = config.testCase("LambdaSQSIntegration", "HappyPath");

    happy.validateStates(Set.of("LambdaState", "SQSState", "Done"));
    assertThatThrownBy(() -> happy.validateStates(Set.of("LambdaState", "SendToQueue")))
        .isInstanceOf(MockConfigException.class)
        .hasMessage(
            "Test case 'HappyPath' of state machine 'LambdaSQSIntegration' mocks state [SQSState]"
                + " that the state machine does not have. Its states: [LambdaState, SendToQueue]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0\":{\"Return\":1},\"2\":{\"Return\":2}}}}|/MockedResponses/R|no"
            + " response for invocation 1",
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0-1\":{\"Return\":1},\"1\":{\"Return\":2}}}}|/MockedResponses/R|the"
            + " keys overlap at invocation 1",
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"first\":{\"Return\":1}}}}"
            + "|/MockedResponses/R/first|a key must be an invocation number",
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0\":{\"Return\":1,\"Throw\":{}}}}}"
            + "|/MockedResponses/R/0|exactly one field, Return or Throw",
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0\":{\"Throw\":{\"Cause\":\"c\"}}}}}"
            + "|/MockedResponses/R/0/Throw/Error|must be a string",
        "{\"StateMachines\":{\"M\":{\"TestCases\":{\"T\":{\"S\":\"Nope\"}}}},\"MockedResponses\":{}}|/StateMachines/M/TestCases/T/S|the"
            + " mocked response 'Nope' is not defined",
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0\":{\"Callback\":{\"After\":\"2h\"}}}}}"
            + "|/MockedResponses/R/0/Callback|give Success (the output) or Failure",
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0\":{\"Callback\":{\"Success\":{},\"After\":\"soon\"}}}}}"
            + "|/MockedResponses/R/0/Callback/After|'soon' is not a delay",
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0\":{\"Callback\":{\"Success\":{},\"Delay\":\"1h\"}}}}}"
            + "|/MockedResponses/R/0/Callback/Delay|unknown field; a Callback has",
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0\":{\"Callback\":{\"Failure\":{\"Cause\":\"c\"}}}}}}"
            + "|/MockedResponses/R/0/Callback/Failure/Error|must be a string",
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0\":{\"Callback\":{\"Success\":{},\"After\":\"1h\",\"Heartbeats\":[\"2h\"]}}}}}"
            + "|/MockedResponses/R/0/Callback/Heartbeats|the token is spent by then",
        "{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"0\":{\"Return\":1,\"Callback\":{}}}}}"
            + "|/MockedResponses/R/0|Callback, sfn-emulator's extension",
        "{\"MockedResponses\":{}}|/StateMachines|is missing",
        "{\"StateMachines\":[]|| not valid JSON"
      })
  void malformed_files_are_reported_with_the_json_pointer(
      String json, String pointer, String message) {
    assertThatThrownBy(() -> MockConfig.parse(json))
        .isInstanceOfSatisfying(
            MockConfigException.class,
            e -> assertThat(e.pointer()).isEqualTo(pointer == null ? "" : pointer))
        .hasMessageStartingWith("Invalid mock config at " + (pointer == null ? "" : pointer) + ": ")
        .hasMessageContaining(message);
  }
}
