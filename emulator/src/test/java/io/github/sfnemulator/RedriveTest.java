package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.events;
import static io.github.sfnemulator.TestExecutions.json;
import static io.github.sfnemulator.TestExecutions.types;
import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;
import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static io.github.sfnemulator.mock.TaskMocks.matching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.graph.StateMachineGraph;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskMocks;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RedriveExecution in process. No recorded redrive exists in the conformance corpus; the behaviour
 * follows the API reference (RedriveExecution, DescribeExecution, ExecutionRedrivenEventDetails)
 * and the developer guide ("Redriving executions", "Redriving Map Runs").
 */
public class RedriveTest {
  /** Ten items, each through a Lambda; two failures are tolerated, the third fails the Map. */
  public static final String MAP_OF_TEN =
      """
      {"StartAt": "Prepare", "States": {
        "Prepare": {"Type": "Pass", "Next": "Each"},
        "Each": {"Type": "Map", "ItemsPath": "$.ids", "ToleratedFailureCount": 2, "Next": "Done",
          "ItemProcessor": {"StartAt": "Process", "States": {
            "Process": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"FunctionName": "process", "Payload": {"id.$": "$"}},
              "OutputPath": "$.Payload", "End": true}}}},
        "Done": {"Type": "Pass", "End": true}}}
      """;

  public static final String TEN_IDS = "{\"ids\": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]}";

  /** Iterations run in item order; item 9 is the third failure, after every other item ended. */
  public static final Set<Integer> FAILING = Set.of(1, 4, 9);

  private final TaskMocks mocks = TaskMocks.create();
  private final StepFunctionsEmulator emulator =
      StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build());

  @AfterEach
  void close() {
    emulator.close();
  }

  /** Echoes each id as {"done": id}, and fails the ids in {@code failing}. */
  public static void mockProcess(TaskMocks mocks, Set<Integer> failing) {
    mocks.stubFor(
        lambda("Process")
            .willAnswer(
                call ->
                    io.github.sfnemulator.mock.TaskResponse.returning(
                        TaskMocks.lambdaInvokeResult("{\"done\": " + id(call) + "}"))));
    if (!failing.isEmpty()) {
      mocks.stubFor(
          lambda("Process")
              .withParameters(
                  matching(
                      p -> failing.contains(p.path("Payload").path("id").asInt()), "a failing id"))
              .willThrow(lambdaError("Lambda.ServiceException", "down")));
    }
  }

  public static int id(TaskCall call) {
    return call.parameters().path("Payload").path("id").asInt();
  }

  private Execution failedMapOfTen() {
    StateMachine machine = emulator.createStateMachine("Batch", MAP_OF_TEN);
    mockProcess(mocks, FAILING);
    Execution execution = emulator.startExecution(machine.arn(), "batch", TEN_IDS).await();
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    return execution;
  }

  @Test
  void redriving_a_map_runs_only_its_failed_iterations_again_and_completes_the_output() {
    // GIVEN three of ten iterations failed
    Execution execution = failedMapOfTen();
    int eventsBefore = execution.history().size();
    // WHEN the mocks are fixed and the execution is redriven
    mocks.reset();
    mockProcess(mocks, Set.of());
    execution.redrive().await();
    // THEN only the three failed items were called again
    assertThat(mocks.calls()).extracting(RedriveTest::id).containsExactlyInAnyOrder(1, 4, 9);
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.outputJson())
        .isEqualTo(
            json(
                "[{\"done\":0},{\"done\":1},{\"done\":2},{\"done\":3},{\"done\":4},"
                    + "{\"done\":5},{\"done\":6},{\"done\":7},{\"done\":8},{\"done\":9}]"));
    List<HistoryEvent> history = execution.history();
    HistoryEvent redriven = history.get(eventsBefore);
    assertThat(redriven.type()).isEqualTo(HistoryEventType.ExecutionRedriven);
    assertThat(redriven.id()).isEqualTo(eventsBefore + 1);
    assertThat(redriven.previousEventId()).isEqualTo(eventsBefore);
    assertThat(redriven.details().get("redriveCount").asInt()).isEqualTo(1);
    // the Map is entered again after the redrive, the Pass before it is not
    assertThat(events(execution, HistoryEventType.PassStateEntered)).hasSize(2); // Prepare, Done
    List<HistoryEvent> after = history.subList(eventsBefore, history.size());
    assertThat(after.get(1).type()).isEqualTo(HistoryEventType.MapStateEntered);
    assertThat(after.get(1).previousEventId()).isEqualTo(redriven.id());
    assertThat(
            after.stream()
                .filter(e -> e.type() == HistoryEventType.MapIterationStarted)
                .map(e -> e.details().get("index").asInt()))
        .containsExactly(1, 4, 9);
    for (int i = 0; i < history.size(); i++) {
      assertThat(history.get(i).id()).isEqualTo(i + 1);
    }
    assertThat(execution.redriveCount()).isEqualTo(1);
    assertThat(execution.redriveDate()).isEqualTo(redriven.timestamp());
    assertThat(execution.redriveStatus()).isEqualTo(RedriveStatus.NOT_REDRIVABLE);
    assertThat(execution.redriveStatusReason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
  }

  @Test
  void a_failed_execution_is_redrivable_and_a_redrive_that_fails_again_can_be_redriven_again() {
    Execution execution = failedMapOfTen();
    assertThat(execution.redriveStatus()).isEqualTo(RedriveStatus.REDRIVABLE);
    assertThat(execution.redriveStatusReason()).isNull();
    assertThat(execution.redriveCount()).isZero();
    assertThat(execution.redriveDate()).isNull();

    execution.redrive().await(); // the mocks still fail the same three

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(execution.redriveStatus()).isEqualTo(RedriveStatus.REDRIVABLE);
    mocks.reset();
    mockProcess(mocks, Set.of());
    execution.redrive().await();
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.redriveCount()).isEqualTo(2);
    assertThat(events(execution, HistoryEventType.ExecutionRedriven))
        .extracting(e -> e.details().get("redriveCount").asInt())
        .containsExactly(1, 2);
  }

  @Test
  void the_context_object_shows_the_redrive_count_and_time() {
    // GIVEN a Task that fails until its mock is fixed, and a Pass that reads the context object
    StateMachine machine =
        emulator.createStateMachine(
            "Context",
            """
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "f"}, "ResultPath": null, "Next": "Show"},
              "Show": {"Type": "Pass", "End": true, "Parameters": {
                "count.$": "$$.Execution.RedriveCount", "time.$": "$$.Execution.RedriveTime"}}}}
            """);
    mocks.stubFor(lambda("Call").willThrow(lambdaError("Lambda.ServiceException", "down")));
    Execution execution = emulator.startExecution(machine.arn(), "ctx", "{}").await();
    emulator.clock().advance(Duration.ofHours(1));
    mocks.reset();
    mocks.stubFor(lambda("Call").willReturn(TaskMocks.lambdaInvokeResult("{}")));
    // WHEN
    execution.redrive().await();
    // THEN
    JsonNode out = execution.outputJson();
    assertThat(out.get("count").asInt()).isEqualTo(1);
    assertThat(out.get("time").asText()).isEqualTo("2024-01-01T01:00:00Z".replace("Z", ".000Z"));
    assertThat(types(execution))
        .containsSubsequence(
            HistoryEventType.ExecutionFailed,
            HistoryEventType.ExecutionRedriven,
            HistoryEventType.TaskStateEntered,
            HistoryEventType.TaskScheduled,
            HistoryEventType.TaskSucceeded,
            HistoryEventType.ExecutionSucceeded);
  }

  @Test
  void a_parallel_runs_only_its_failed_branch_again() {
    StateMachine machine =
        emulator.createStateMachine(
            "Branches",
            """
            {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "a"}, "OutputPath": "$.Payload", "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "b"}, "OutputPath": "$.Payload", "End": true}}}]}}}
            """);
    mocks.stubFor(lambda("A").willReturn(TaskMocks.lambdaInvokeResult("\"a\"")));
    mocks.stubFor(lambda("B").willThrow(lambdaError("Lambda.ServiceException", "down")));
    Execution execution = emulator.startExecution(machine.arn(), "p", "{}").await();
    mocks.reset();
    mocks.stubFor(lambda("A").willReturn(TaskMocks.lambdaInvokeResult("\"a again\"")));
    mocks.stubFor(lambda("B").willReturn(TaskMocks.lambdaInvokeResult("\"b\"")));

    execution.redrive().await();

    assertThat(mocks.calls()).extracting(TaskCall::stateName).containsExactly("B");
    assertThat(execution.outputJson()).isEqualTo(json("[\"a\", \"b\"]"));
  }

  @Test
  void a_map_inside_a_parallel_runs_only_its_failed_iteration_again() {
    StateMachine machine =
        emulator.createStateMachine(
            "Nested",
            """
            {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Fixed", "States": {"Fixed": {"Type": "Pass", "Result": "fixed", "End": true}}},
              {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.ids", "End": true,
                "ItemProcessor": {"StartAt": "Process", "States": {"Process": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload", "End": true,
                  "Parameters": {"FunctionName": "process", "Payload": {"id.$": "$"}}}}}}}}]}}}
            """);
    mockProcess(mocks, Set.of(2));
    Execution execution =
        emulator.startExecution(machine.arn(), "n", "{\"ids\": [0, 1, 2]}").await();
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    mocks.reset();
    mockProcess(mocks, Set.of());

    execution.redrive().await();

    assertThat(mocks.calls()).extracting(RedriveTest::id).containsExactly(2);
    assertThat(execution.outputJson())
        .isEqualTo(json("[\"fixed\", [{\"done\": 0}, {\"done\": 1}, {\"done\": 2}]]"));
    assertThat(execution.statesEntered())
        .containsExactly(
            "Both", "Fixed", "Each", "Process", "Process", "Process", "Both", "Each", "Process");
  }

  @Test
  void an_aborted_execution_goes_on_from_the_state_it_was_stopped_in() {
    StateMachine machine =
        emulator.createStateMachine(
            "Stopped",
            """
            {"StartAt": "First", "States": {
              "First": {"Type": "Pass", "Result": 1, "ResultPath": "$.first", "Next": "Hold"},
              "Hold": {"Type": "Wait", "Seconds": 3600, "Next": "Last"},
              "Last": {"Type": "Pass", "End": true}}}
            """);
    Execution execution = emulator.startExecution(machine.arn(), "s", "{}");
    emulator.stopExecution(execution.arn(), "Stop", "by hand");

    execution.redrive().await();

    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.outputJson()).isEqualTo(json("{\"first\": 1}"));
    assertThat(execution.statesEntered()).containsExactly("First", "Hold", "Hold", "Last");
  }

  @Test
  void refuses_what_aws_does_not_redrive_with_its_reasons() {
    StateMachine machine =
        emulator.createStateMachine(
            "Waits",
            "{\"StartAt\":\"W\",\"States\":{"
                + "\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"Next\":\"F\"},\"F\":{\"Type\":\"Fail\",\"Error\":\"E\"}}}");
    Execution running = emulator.startExecution(machine.arn(), "r", "{}");
    assertThat(reason(() -> running.redrive()))
        .isEqualTo("Execution is RUNNING and cannot be redriven");
    running.await();
    // redrivable for 14 days after the stop (API reference, RedriveExecution)
    emulator.clock().advance(Duration.ofDays(14));
    assertThat(running.redriveStatus()).isEqualTo(RedriveStatus.REDRIVABLE);
    emulator.clock().advance(Duration.ofSeconds(1));
    assertThat(reason(() -> running.redrive())).isEqualTo("Execution redrivable period exceeded");
    assertThat(running.redriveStatusReason()).isEqualTo("Execution redrivable period exceeded");

    StateMachine pass =
        emulator.createStateMachine(
            "Pass", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    Execution succeeded = emulator.startExecution(pass.arn(), "ok", "{}").await();
    assertThat(reason(() -> succeeded.redrive()))
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");

    StateMachine express =
        emulator.createStateMachine(
            "Express",
            "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\"}}}",
            null,
            StateMachineType.EXPRESS);
    Execution failedExpress = emulator.startExecution(express.arn(), "x", "{}").await();
    assertThat(reason(() -> failedExpress.redrive()))
        .isEqualTo("Execution of an EXPRESS state machine cannot be redriven");

    SfnApiException missing =
        catchThrowableOfType(
            SfnApiException.class,
            () ->
                emulator.redriveExecution(
                    machine.arn().replace(":stateMachine:", ":execution:") + ":nope", null));
    assertThat(missing.errorCode()).isEqualTo("ExecutionDoesNotExist");
  }

  @Test
  void refuses_an_execution_at_the_history_limit_or_past_its_year() {
    StateMachine loop =
        emulator.createStateMachine(
            "Loop",
            """
            {"StartAt": "Loop", "States": {
              "Loop": {"Type": "Pass", "Next": "Again"},
              "Again": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Done"}],
                        "Default": "Loop"},
              "Done": {"Type": "Succeed"}}}
            """);
    StateMachine forever =
        emulator.createStateMachine(
            "Forever",
            "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":99999999,\"End\":true}}}");

    Execution full = emulator.startExecution(loop.arn(), "full", "{}").await();
    Execution timedOut = emulator.startExecution(forever.arn(), "year", "{}").await();

    assertThat(full.history()).hasSize(25_000);
    assertThat(reason(full::redrive)).isEqualTo("Execution history event limit exceeded");
    assertThat(timedOut.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(reason(timedOut::redrive))
        .isEqualTo("Execution has exceeded the max execution time");
  }

  @Test
  void a_client_token_repeats_the_answer_of_its_redrive_for_fifteen_minutes() {
    Execution execution = failedMapOfTen();
    Execution first = emulator.redriveExecution(execution.arn(), "token-1").await();
    assertThat(first.status()).isEqualTo(ExecutionStatus.FAILED);

    Execution again = emulator.redriveExecution(execution.arn(), "token-1");

    assertThat(again.redriveCount()).isEqualTo(1);
    assertThat(again.status()).isEqualTo(ExecutionStatus.FAILED);
    emulator.clock().advance(Duration.ofMinutes(15));
    emulator.redriveExecution(execution.arn(), "token-1").await();
    assertThat(execution.redriveCount()).isEqualTo(2);
  }

  @Test
  void timeout_seconds_count_again_from_the_redrive() {
    StateMachine machine =
        emulator.createStateMachine(
            "Slow",
            """
            {"StartAt": "Hold", "TimeoutSeconds": 100, "States": {
              "Hold": {"Type": "Wait", "Seconds": 80, "Next": "Again"},
              "Again": {"Type": "Wait", "Seconds": 80, "End": true}}}
            """);
    Execution execution = emulator.startExecution(machine.arn(), "slow", "{}").await();
    assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);

    execution.redrive().await();

    // Again runs its 80 seconds within a fresh 100
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.statesEntered()).containsExactly("Hold", "Again", "Again");
  }

  @Test
  void the_readme_example_redrives_the_three_failed_items_of_ten() {
    // tag::readme-redrive[]
    TaskMocks mocks = TaskMocks.create();
    mocks.stubFor(lambda("Process").willReturn(lambdaInvokeResult("{\"ok\":true}")));
    mocks.stubFor(
        lambda("Process") // items 1, 4 and 9 fail
            .withParameters(
                matching(p -> Set.of(1, 4, 9).contains(p.at("/Payload/id").asInt()), "ids 1, 4, 9"))
            .willThrow(lambdaError("Lambda.ServiceException", "down")));
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(mocks).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("Batch", MAP_OF_TEN);
      Execution execution = emulator.startExecution(machine.arn(), TEN_IDS).await();
      assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED); // 3 failures, 2 tolerated

      mocks.reset(); // fix the cause, then redrive: only the failed iterations run again
      mocks.stubFor(lambda("Process").willReturn(lambdaInvokeResult("{\"ok\":true}")));
      execution.redrive().await();

      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(mocks.calls()).hasSize(3);
      assertThat(execution.outputJson()).hasSize(10);
      assertThat(execution.redriveCount()).isEqualTo(1);
      assertThat(execution.history())
          .extracting(HistoryEvent::type)
          .contains(HistoryEventType.ExecutionRedriven);
    }
    // end::readme-redrive[]
  }

  @Test
  void a_redriven_execution_running_again_is_not_forgotten_by_the_retention_bound() {
    TaskMocks calls = TaskMocks.create();
    calls.stubFor(
        lambda("Call")
            .willThrow(lambdaError("Lambda.ServiceException", "down"))
            .thenReturn(TaskMocks.lambdaInvokeResult("{}")));
    try (StepFunctionsEmulator bounded =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder().taskResponder(calls).retainedEndedExecutions(1).build())) {
      StateMachine machine =
          bounded.createStateMachine(
              "Later",
              """
              {"StartAt": "Call", "States": {
                "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "f"}, "Next": "Hold"},
                "Hold": {"Type": "Wait", "Seconds": 60, "End": true}}}
              """);
      StateMachine pass =
          bounded.createStateMachine(
              "Pass", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
      Execution redriven = bounded.startExecution(machine.arn(), "redriven", "{}").await();
      redriven.redrive(); // now waiting in Hold

      bounded.startExecution(pass.arn(), "other", "{}").await(); // the one ended execution kept

      assertThat(bounded.describeExecution(redriven.arn()).status())
          .isEqualTo(ExecutionStatus.RUNNING);
    }
  }

  @Test
  void the_trace_and_the_picture_read_a_redriven_history() {
    Execution execution = failedMapOfTen();
    mocks.reset();
    mockProcess(mocks, Set.of());
    execution.redrive().await();

    ExecutionTrace trace = ExecutionTrace.of(execution.history());
    String svg = StateMachineGraph.of("Batch", MAP_OF_TEN).toSvg(trace);

    assertThat(trace.outcome()).isEqualTo("SUCCEEDED");
    assertThat(trace.render()).contains("Each");
    assertThat(svg).contains("Done");
  }

  private static String reason(Runnable redrive) {
    SfnApiException e = catchThrowableOfType(SfnApiException.class, redrive::run);
    assertThat(e.errorCode()).isEqualTo("ExecutionNotRedrivable");
    return e.getMessage().substring("ExecutionNotRedrivable: ".length());
  }
}
