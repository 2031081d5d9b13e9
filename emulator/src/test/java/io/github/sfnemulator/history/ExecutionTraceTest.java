package io.github.sfnemulator.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ExecutionTraceTest {
  private static final String NL = System.lineSeparator();

  @Test
  void counts_retries_within_a_visit_and_renders_them() {
    // GIVEN
    Execution execution = order(2, TaskResponse.returning("{\"charged\":true}"));
    // WHEN
    ExecutionTrace trace = ExecutionTrace.of(execution.name(), execution.history());
    // THEN
    assertThat(trace.statesEntered()).containsExactly("Validate", "Charge", "Notify");
    assertThat(trace.retries("Charge")).isEqualTo(2);
    assertThat(trace.visits("Charge")).singleElement().extracting(StateVisit::retries).isEqualTo(2);
    assertThat(trace.visits("Charge").get(0).errors())
        .extracting(StateError::error)
        .containsOnly("Lambda.TooManyRequestsException")
        .hasSize(2);
    assertThat(trace.visits("Charge").get(0).output())
        .isEqualTo("{\"orderId\":\"o-1\",\"charge\":{\"charged\":true}}");
    assertThat(trace.catches()).isEmpty();
    assertThat(trace.render())
        .isEqualTo(
            String.join(
                NL,
                "Execution 'run-1' SUCCEEDED",
                "  Validate (Pass)",
                "  Charge (Task) retried 2x after Lambda.TooManyRequestsException",
                "  Notify (Pass)"));
  }

  @Test
  void credits_a_caught_map_failure_to_the_map_though_aws_links_it_to_the_failed_inner_state() {
    // GIVEN a Map whose iteration fails in a Task that never exits, caught by the Map
    String definition =
        """
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
          "ItemProcessor":{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}},
          "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Recover"}],"End":true},
          "Recover":{"Type":"Pass","End":true}}}""";
    Execution execution;
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder()
                .taskResponder(call -> TaskResponse.throwing("Boom", "it broke"))
                .build())) {
      execution =
          emulator
              .startExecution(emulator.createStateMachine("M", definition).arn(), "{\"items\":[1]}")
              .await();
    }

    // WHEN
    ExecutionTrace trace = ExecutionTrace.of(execution.history());

    // THEN
    assertThat(trace.catches())
        .extracting(Catch::state, Catch::error, Catch::next)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("M", "Boom", "Recover"));
  }

  @Test
  void credits_an_evaluation_failure_to_its_state_though_aws_links_it_to_the_event_before() {
    // GIVEN a JSONata Output that fails in a Task caught into Recover
    String definition =
        """
        {"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
          "Output":"{% $undefinedThing %}","Catch":[{"ErrorEquals":["States.ALL"],"Next":"Recover"}],"End":true},
          "Recover":{"Type":"Pass","End":true}}}""";
    Execution execution;
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder()
                .taskResponder(call -> TaskResponse.returning("{}"))
                .build())) {
      execution =
          emulator.startExecution(emulator.createStateMachine("M", definition).arn(), "{}").await();
    }

    // WHEN
    ExecutionTrace trace = ExecutionTrace.of(execution.history());

    // THEN
    assertThat(trace.catches())
        .extracting(Catch::state, Catch::error, Catch::next)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("T", "States.QueryEvaluationError", "Recover"));
  }

  @Test
  void reports_a_catch_with_its_error_cause_and_target() {
    Execution execution = order(0, TaskResponse.throwing("Card.Declined", "insufficient funds"));

    ExecutionTrace trace = ExecutionTrace.of(execution.history());

    assertThat(trace.catches())
        .containsExactly(new Catch("Charge", "Card.Declined", "insufficient funds", "Refund"));
    assertThat(trace.visits("Charge").get(0).caughtInto()).isEqualTo("Refund");
    assertThat(trace.render())
        .startsWith("Execution SUCCEEDED" + NL)
        .contains("  Charge (Task) caught Card.Declined (\"insufficient funds\") -> Refund")
        .contains("  Refund (Pass)");
  }

  @Test
  void shows_the_state_that_failed_the_execution() {
    String definition = definition("order.asl.json").replace("\"States.ALL\"", "\"Card.Declined\"");
    Execution execution = run(definition, "{}", throttledCharge(9, TaskResponse.returning("{}")));

    ExecutionTrace trace = ExecutionTrace.of(execution.name(), execution.history());

    assertThat(trace.outcome())
        .isEqualTo("FAILED with Lambda.TooManyRequestsException (\"Rate exceeded\")");
    assertThat(trace.render())
        .startsWith(
            "Execution 'run-1' FAILED with Lambda.TooManyRequestsException (\"Rate exceeded\")")
        .contains(
            "  Charge (Task) retried 3x after Lambda.TooManyRequestsException"
                + " failed Lambda.TooManyRequestsException (\"Rate exceeded\")");
  }

  @Test
  void attributes_retries_to_the_right_parallel_branch_and_map_iteration() {
    // GIVEN Left fails once, the second Map item fails once
    Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    Execution execution =
        run(
            definition("branches.asl.json"),
            "{\"items\":[1,2,3]}",
            (TaskCall call) -> {
              String key = call.stateName() + call.parameters().path("n").asInt();
              boolean flaky = call.stateName().equals("Left") || key.equals("Item2");
              return flaky && failedOnce.add(key)
                  ? TaskResponse.throwing("Boom", "flaky")
                  : TaskResponse.returning("{}");
            });
    // WHEN
    ExecutionTrace trace = ExecutionTrace.of(execution.history());
    // THEN
    assertThat(trace.outcome()).as(trace.render()).isEqualTo("SUCCEEDED");
    assertThat(trace.visits("Left")).extracting(StateVisit::retries).containsExactly(1);
    assertThat(trace.visits("Right")).extracting(StateVisit::retries).containsExactly(0);
    assertThat(trace.visits("Fan out")).extracting(StateVisit::retries).containsExactly(0);
    assertThat(trace.visits("Item"))
        .extracting(StateVisit::retries)
        .containsExactlyInAnyOrder(0, 1, 0);
    assertThat(trace.retries("Item")).isEqualTo(1);
    assertThat(trace.visits("Item")).extracting(StateVisit::depth).containsOnly(1);
    assertThat(trace.visits("Item")).extracting(v -> v.parent().stateName()).containsOnly("Each");
    assertThat(trace.visits("Each")).singleElement().extracting(StateVisit::exited).isNotNull();
    List<String> lines = trace.render().lines().toList();
    assertThat(lines).contains("    Left (Task) retried 1x after Boom", "    Right (Task)");
  }

  @Test
  void reads_the_last_value_of_each_variable_and_a_running_execution() {
    String definition =
        "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"A\",\"States\":{"
            + "\"A\":{\"Type\":\"Pass\",\"Assign\":{\"x\":1,\"y\":\"a\"},\"Next\":\"B\"},"
            + "\"B\":{\"Type\":\"Pass\",\"Assign\":{\"x\":2},\"Next\":\"W\"},"
            + "\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}";
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      String arn = emulator.createStateMachine("vars", definition).arn();
      Execution running = emulator.startExecution(arn, "{}");

      ExecutionTrace trace = ExecutionTrace.of(running.history());

      assertThat(trace.variables()).containsExactly(Map.entry("x", "2"), Map.entry("y", "\"a\""));
      assertThat(trace.outcome()).isEqualTo("RUNNING");
      assertThat(trace.render()).endsWith("  W (Wait) (not exited)");
    }
  }

  @Test
  void renders_an_empty_history() {
    assertThat(ExecutionTrace.of(List.of()).render())
        .isEqualTo("Execution RUNNING" + NL + "  (no state entered)");
  }

  private static String definition(String name) {
    try (InputStream in = ExecutionTraceTest.class.getResourceAsStream("/history/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Execution run(String definition, String input, TaskResponder responder) {
    StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(responder).build());
    String arn = emulator.createStateMachine("test", definition).arn();
    return emulator.startExecution(arn, "run-1", input).await();
  }

  /** order.asl.json where Charge is throttled {@code throttled} times, then answers. */
  private static Execution order(int throttled, TaskResponse afterwards) {
    return run(
        definition("order.asl.json"),
        "{\"orderId\":\"o-1\"}",
        throttledCharge(throttled, afterwards));
  }

  private static TaskResponder throttledCharge(int throttled, TaskResponse afterwards) {
    return call ->
        call.invocation() < throttled
            ? TaskResponse.throwing("Lambda.TooManyRequestsException", "Rate exceeded")
            : afterwards;
  }
}
