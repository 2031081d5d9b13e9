package io.github.sfnemulator.mock;

import static io.github.sfnemulator.mock.TaskMocks.equalToJson;
import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;
import static io.github.sfnemulator.mock.TaskMocks.lambdaFunctionError;
import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static io.github.sfnemulator.mock.TaskMocks.matching;
import static io.github.sfnemulator.mock.TaskMocks.matchingJsonPath;
import static io.github.sfnemulator.mock.TaskMocks.resource;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TaskMocksTest {
  private static final String INVOKE = "arn:aws:states:::lambda:invoke";
  private static final String DDB = "arn:aws:states:::dynamodb:putItem";
  private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:charge";

  private final TaskMocks mocks = TaskMocks.create();

  private static TaskCall call(
      String execution, String state, String resource, String parameters, int invocation) {
    return new TaskCall(execution, state, resource, Json.parse(parameters), invocation, null);
  }

  private static TaskCall charge(String parameters) {
    return call("e1", "ChargeCard", INVOKE, parameters, 0);
  }

  @Test
  void a_sequence_answers_in_order_and_repeats_its_last_answer() {
    // GIVEN
    mocks.stubFor(
        lambda("ChargeCard")
            .willThrow(lambdaError("Lambda.TooManyRequestsException", "Rate Exceeded."))
            .thenReturn(lambdaInvokeResult("{\"charged\":true}"))
            .thenThrow("Lambda.ServiceException", "down"));
    // WHEN
    List<TaskResponse> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(mocks.respond(charge("{}")));
    }
    // THEN
    assertThat(answers)
        .containsExactly(
            TaskResponse.throwing("Lambda.TooManyRequestsException", "Rate Exceeded."),
            TaskResponse.returning(lambdaInvokeResult("{\"charged\":true}")),
            TaskResponse.throwing("Lambda.ServiceException", "down"),
            TaskResponse.throwing("Lambda.ServiceException", "down"));
  }

  @Test
  void each_execution_starts_the_sequence_afresh() {
    mocks.stubFor(state("ChargeCard").willReturn("1").thenReturn("2"));

    assertThat(mocks.respond(call("e1", "ChargeCard", INVOKE, "{}", 0)))
        .isEqualTo(TaskResponse.returning(Json.parse("1")));
    assertThat(mocks.respond(call("e2", "ChargeCard", INVOKE, "{}", 0)))
        .isEqualTo(TaskResponse.returning(Json.parse("1")));
    assertThat(mocks.respond(call("e1", "ChargeCard", INVOKE, "{}", 1)))
        .isEqualTo(TaskResponse.returning(Json.parse("2")));
  }

  @Test
  void lambda_invoke_result_has_the_optimized_shape() {
    assertThat(lambdaInvokeResult("{\"a\":1}").fieldNames())
        .toIterable()
        .containsExactly(
            "ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode");
    assertThat(lambdaFunctionError("CustomException", "bad"))
        .isEqualTo(
            TaskResponse.throwing(
                "CustomException", "{\"errorMessage\":\"bad\",\"errorType\":\"CustomException\"}"));
  }

  @Test
  void parameters_pick_the_mock_by_json_equality_jsonpath_or_predicate() {
    mocks.stubFor(
        lambda("ChargeCard")
            .withParameters(equalToJson("{\"Payload\":{\"amount\":10}}"))
            .willReturn("\"equal\""));
    mocks.stubFor(
        lambda("ChargeCard")
            .withParameters(matchingJsonPath("$.Payload[?(@.amount > 100)]"))
            .willReturn("\"big\""));
    mocks.stubFor(
        lambda("ChargeCard")
            .withParameters(matchingJsonPath("$.Payload.currency", equalToJson("\"EUR\"")))
            .willReturn("\"euro\""));
    mocks.stubFor(
        lambda("ChargeCard")
            .withParameters(
                matching(p -> p.path("Payload").path("amount").asInt() < 0, "negative amount"))
            .willReturn("\"refund\""));

    assertThat(mocks.respond(charge("{\"Payload\":{\"amount\":10.0}}")))
        .isEqualTo(TaskResponse.returning(Json.parse("\"equal\"")));
    assertThat(mocks.respond(charge("{\"Payload\":{\"amount\":500}}")))
        .isEqualTo(TaskResponse.returning(Json.parse("\"big\"")));
    assertThat(mocks.respond(charge("{\"Payload\":{\"amount\":5,\"currency\":\"EUR\"}}")))
        .isEqualTo(TaskResponse.returning(Json.parse("\"euro\"")));
    assertThat(mocks.respond(charge("{\"Payload\":{\"amount\":-5}}")))
        .isEqualTo(TaskResponse.returning(Json.parse("\"refund\"")));
  }

  @Test
  void the_mock_declared_last_wins() {
    mocks.stubFor(state("ChargeCard").willReturn("\"first\""));
    mocks.stubFor(resource(INVOKE).willReturn("\"last\""));

    assertThat(mocks.respond(charge("{}")))
        .isEqualTo(TaskResponse.returning(Json.parse("\"last\"")));
  }

  @Test
  void a_selected_state_that_no_mock_matches_fails_with_the_closest_mock() {
    mocks.stubFor(
        lambda("ChargeCard")
            .withParameters(equalToJson("{\"Payload\":{\"amount\":10}}"))
            .willReturn("{}"));
    mocks.stubFor(state("Notify").willReturn("{}"));

    assertThatThrownBy(() -> mocks.respond(charge("{\"Payload\":{\"amount\":5}}")))
        .isInstanceOfSatisfying(
            StatesException.class, e -> assertThat(e.error()).isEqualTo("States.Runtime"))
        .hasMessage(
            "States.Runtime: No mock matched Task state 'ChargeCard' (Resource"
                + " arn:aws:states:::lambda:invoke). Closest mock was:"
                + " lambda(\"ChargeCard\").withParameters(equalToJson({\"Payload\":{\"amount\":10}}));"
                + " expected parameters equalToJson({\"Payload\":{\"amount\":10}}) did not match"
                + " {\"Payload\":{\"amount\":5}}");
  }

  @Test
  void an_unmocked_state_is_declined_for_the_next_responder_or_fails_alone() {
    mocks.stubFor(state("Notify").willReturn("{}"));
    TaskResponder chain = mocks.orElse(c -> TaskResponse.returning(Json.parse("\"backend\"")));

    assertThat(chain.respond(charge("{}")))
        .isEqualTo(TaskResponse.returning(Json.parse("\"backend\"")));
    assertThatThrownBy(() -> mocks.respond(charge("{}")))
        .hasMessage(
            "States.Runtime: No mock for Task state 'ChargeCard' (Resource"
                + " arn:aws:states:::lambda:invoke). Mock it, e.g."
                + " mocks.stubFor(lambda(\"ChargeCard\").willReturn(lambdaInvokeResult(\"{}\")))."
                + " Mocks registered: state(\"Notify\").");
    assertThatThrownBy(() -> TaskMocks.create().respond(call("e1", "Save", DDB, "{}", 0)))
        .hasMessage(
            "States.Runtime: No mock for Task state 'Save' (Resource "
                + DDB
                + "). Mock it, e.g. mocks.stubFor(state(\"Save\").willReturn(\"{}\")). No mocks are"
                + " registered.");
    assertThatThrownBy(() -> TaskMocks.create().respond(call("e1", "Charge", FUNCTION, "{}", 0)))
        .hasMessageContaining("mocks.stubFor(lambda(\"Charge\").willReturn(\"{}\"))");
  }

  @Test
  void verifies_that_no_call_failed_for_want_of_a_mock() {
    mocks.stubFor(state("Notify").withParameters(matchingJsonPath("$.to")).willReturn("{}"));
    TaskResponder chain = mocks.orElse(c -> TaskResponse.returning(Json.parse("{}")));
    chain.respond(charge("{}"));
    mocks.verifyNoUnmatchedCalls(); // declined for the chained responder: not unmatched

    assertThatThrownBy(() -> mocks.respond(charge("{}"))).isInstanceOf(StatesException.class);
    assertThatThrownBy(() -> mocks.respond(charge("{}"))).isInstanceOf(StatesException.class);
    assertThatThrownBy(() -> chain.respond(call("e1", "Notify", DDB, "{}", 0)))
        .isInstanceOf(StatesException.class);

    assertThatThrownBy(mocks::verifyNoUnmatchedCalls)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("No mock for Task state 'ChargeCard'")
        .hasMessageContaining(System.lineSeparator() + "No mock matched Task state 'Notify'")
        .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(2));
    mocks.reset();
    mocks.verifyNoUnmatchedCalls();
  }

  @Test
  void composite_tries_mocks_then_mock_config_then_backend() {
    MockConfig config = MockConfig.parse(MockConfigTest.AWS_EXAMPLE);
    mocks.stubFor(state("ChargeCard").willReturn("\"dsl\""));
    TaskResponder chain =
        mocks.orElse(
            config
                .testCase("LambdaSQSIntegration", "HybridPath")
                .orElse(c -> TaskResponse.returning(Json.parse("\"remote\""))));

    assertThat(chain.respond(charge("{}")))
        .isEqualTo(TaskResponse.returning(Json.parse("\"dsl\"")));
    assertThat(chain.respond(call("e1", "LambdaState", INVOKE, "{}", 0)))
        .isEqualTo(TaskResponse.returning(MockConfigTest.LAMBDA_SUCCESS));
    assertThat(chain.respond(call("e1", "SQSState", "arn:aws:states:::sqs:sendMessage", "{}", 0)))
        .isEqualTo(TaskResponse.returning(Json.parse("\"remote\"")));
    // Every call is recorded, including those the mocks declined.
    assertThat(mocks.calls())
        .extracting(TaskCall::stateName)
        .containsExactly("ChargeCard", "LambdaState", "SQSState");
    mocks.verify(2, TaskMocks.callsTo(INVOKE).withParameters(equalToJson("{}")));
  }

  @Test
  void will_answer_computes_from_the_call() {
    mocks.stubFor(
        state("Echo")
            .willAnswer(c -> TaskResponse.returning(Json.parse("{\"n\":" + c.invocation() + "}"))));

    assertThat(mocks.respond(call("e1", "Echo", INVOKE, "{}", 7)))
        .isEqualTo(TaskResponse.returning(Json.parse("{\"n\":7}")));
  }

  @Test
  void verify_counts_calls_and_explains_a_wrong_count() {
    mocks.stubFor(lambda("ChargeCard").willReturn("{}"));
    mocks.respond(charge("{\"Payload\":{\"amount\":1}}"));
    mocks.respond(call("e1", "ChargeCard", INVOKE, "{\"Payload\":{\"amount\":2}}", 1));

    mocks.verify(2, invocationsOf("ChargeCard"));
    mocks.verify(
        1,
        invocationsOf("ChargeCard")
            .withParameters(matchingJsonPath("$.Payload.amount", equalToJson("2"))));
    mocks.verify(invocationsOf("ChargeCard"));
    assertThat(mocks.findAll(invocationsOf("ChargeCard")))
        .extracting(TaskCall::invocation)
        .containsExactly(0, 1);
    assertThatThrownBy(() -> mocks.verify(3, invocationsOf("ChargeCard")))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected 3 calls matching state(\"ChargeCard\") but found 2. Calls received:\n"
                + "  ChargeCard #0 {\"Payload\":{\"amount\":1}}\n"
                + "  ChargeCard #1 {\"Payload\":{\"amount\":2}}");
  }

  @Test
  void a_mock_without_answer_is_rejected_at_declaration() {
    assertThatThrownBy(() -> mocks.stubFor(lambda("ChargeCard")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The mock lambda(\"ChargeCard\") has no answer: add willReturn, willThrow,"
                + " willCompleteToken or willAnswer.");
  }

  @Test
  void concurrent_executions_each_get_their_own_sequence_and_every_call_is_recorded()
      throws Exception {
    mocks.stubFor(state("Step").willReturn("1").thenReturn("2").thenReturn("3"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<TaskResponse>>> runs = new ArrayList<>();
      for (int e = 0; e < 50; e++) {
        String execution = "exec-" + e;
        runs.add(
            pool.submit(
                () -> {
                  List<TaskResponse> out = new ArrayList<>();
                  for (int i = 0; i < 3; i++) {
                    out.add(mocks.respond(call(execution, "Step", INVOKE, "{}", i)));
                  }
                  return out;
                }));
      }
      for (Future<List<TaskResponse>> run : runs) {
        assertThat(run.get())
            .containsExactly(
                TaskResponse.returning(Json.parse("1")),
                TaskResponse.returning(Json.parse("2")),
                TaskResponse.returning(Json.parse("3")));
      }
    } finally {
      pool.shutdownNow();
    }
    mocks.verify(150, invocationsOf("Step"));
  }
}
