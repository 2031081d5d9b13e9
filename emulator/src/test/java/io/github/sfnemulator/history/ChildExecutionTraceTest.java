package io.github.sfnemulator.history;

import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Distributed Map's iterations and a states:startExecution Task's execution are child executions
 * with histories of their own (developer guide, "Using Map state in Distributed mode": each
 * iteration runs as a child workflow execution of the Map Run), traced with their parent.
 */
class ChildExecutionTraceTest {
  // Charge fails with Throttled on its first call (retried), and with Declined on item 2 (caught)
  private static final String DISTRIBUTED =
      """
      {"StartAt": "ProcessItems", "States": {
        "ProcessItems": {"Type": "Map", "Label": "Items", "Next": "Done",
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                "Retry": [{"ErrorEquals": ["Throttled"], "IntervalSeconds": 1}],
                "Catch": [{"ErrorEquals": ["Declined"], "Next": "Refund"}], "End": true},
              "Refund": {"Type": "Pass", "End": true}}}},
        "Done": {"Type": "Succeed"}}}
      """;

  @Test
  void a_distributed_maps_child_executions_are_traced_per_item_and_in_the_parents_path() {
    // GIVEN
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("Charge")
                    .willAnswer(
                        call ->
                            call.invocation() == 0
                                ? TaskResponse.throwing("Throttled", "slow down")
                                : call.parameters().path("Payload").path("item").asInt() == 2
                                    ? TaskResponse.throwing("Declined", "no funds")
                                    : TaskResponse.returning("{\"charged\": true}")));
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      String arn = emulator.createStateMachine("Orders", DISTRIBUTED).arn();

      // WHEN
      Execution execution =
          emulator
              .startExecution(arn, "order-1", "[{\"item\": 0}, {\"item\": 1}, {\"item\": 2}]")
              .await();
      ExecutionTrace trace = ExecutionTrace.of(execution);

      // THEN each item is a child execution, with its own path, retries and catches
      List<ExecutionTrace> items = trace.childExecutions("ProcessItems");
      assertThat(items)
          .extracting(ExecutionTrace::executionName)
          .containsExactly("order-1-2-0", "order-1-2-1", "order-1-2-2");
      assertThat(items)
          .extracting(
              ExecutionTrace::statesEntered, t -> t.retries("Charge"), ExecutionTrace::outcome)
          .containsExactly(
              tuple(List.of("Charge"), 1, "SUCCEEDED"),
              tuple(List.of("Charge"), 0, "SUCCEEDED"),
              tuple(List.of("Charge", "Refund"), 0, "SUCCEEDED"));
      assertThat(items.get(2).catches())
          .extracting(Catch::state, Catch::error, Catch::next)
          .containsExactly(tuple("Charge", "Declined", "Refund"));
      // and the parent's path holds them after the Map, as an inline Map's iterations
      assertThat(trace.statesEntered())
          .containsExactly("ProcessItems", "Charge", "Charge", "Charge", "Refund", "Done");
      assertThat(trace.retries("Charge")).isEqualTo(1);
      assertThat(trace.render())
          .contains(
              "  ProcessItems (Map)%n    Charge (Task) retried 1x after Throttled%n".formatted());
      // the child's own history is AWS-shaped: started with its item, ended with its output
      ChildExecution first = execution.childExecutions().get(0);
      assertThat(first.kind()).isEqualTo(ChildExecution.Kind.MAP_RUN);
      assertThat(first.arn())
          .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Orders/Items:order-1-2-0");
      assertThat(first.history())
          .extracting(HistoryEvent::id, HistoryEvent::previousEventId, HistoryEvent::type)
          .startsWith(
              tuple(1L, 0L, HistoryEventType.ExecutionStarted),
              tuple(2L, 0L, HistoryEventType.TaskStateEntered))
          .endsWith(
              tuple(
                  (long) first.history().size(),
                  first.history().size() - 1L,
                  HistoryEventType.ExecutionSucceeded));
      assertThat(first.history().get(0).input()).isEqualTo("{\"item\":0}");
      assertThat(first.status()).isEqualTo(io.github.sfnemulator.ExecutionStatus.SUCCEEDED);
      assertThat(first.output()).isEqualTo("{\"charged\":true}");
      // the parent's own history is unchanged: no iteration events of a Distributed Map
      assertThat(execution.statesEntered()).containsExactly("ProcessItems", "Done");
    }
  }

  @Test
  void an_express_distributed_maps_children_keep_no_history_as_aws_keeps_none() {
    // GIVEN the same Map run as Express child executions (developer guide: Express workflows have
    // no execution history; GetExecutionHistory refuses them)
    String express = DISTRIBUTED.replace("\"STANDARD\"", "\"EXPRESS\"");
    TaskMocks mocks = TaskMocks.create().stubFor(state("Charge").willReturn("{}"));
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      // WHEN
      Execution execution =
          emulator
              .startExecution(emulator.createStateMachine("Orders", express).arn(), "[1, 2]")
              .await();

      // THEN
      assertThat(execution.childExecutions()).isEmpty();
      assertThat(ExecutionTrace.of(execution).statesEntered())
          .containsExactly("ProcessItems", "Done");
    }
  }

  @Test
  void a_start_execution_sync_child_is_traced_under_its_task_but_not_in_the_parents_path() {
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder()
                .taskResponder(
                    TaskMocks.create()
                        .stubFor(state("Flaky").willThrow("Oops", "once").thenReturn("{}")))
                .build())) {
      // GIVEN a child whose Task is retried once
      String child =
          emulator
              .createStateMachine(
                  "Child",
                  """
                  {"StartAt": "Flaky", "States": {"Flaky": {"Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
                    "Retry": [{"ErrorEquals": ["Oops"]}], "End": true}}}
                  """)
              .arn();
      String parent =
          emulator
              .createStateMachine(
                  "Parent",
                  """
                  {"StartAt": "RunChild", "States": {"RunChild": {"Type": "Task",
                    "Resource": "arn:aws:states:::states:startExecution.sync:2",
                    "Parameters": {"StateMachineArn": "%s", "Name": "child-1"}, "End": true}}}
                  """
                      .formatted(child))
              .arn();

      // WHEN
      ExecutionTrace trace = ExecutionTrace.of(emulator.startExecution(parent, "{}").await());

      // THEN
      assertThat(trace.childExecutions("RunChild"))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.executionName()).isEqualTo("child-1");
                assertThat(c.statesEntered()).containsExactly("Flaky");
                assertThat(c.retries("Flaky")).isEqualTo(1);
                assertThat(c.outcome()).isEqualTo("SUCCEEDED");
              });
      assertThat(trace.statesEntered()).containsExactly("RunChild");
    }
  }
}
