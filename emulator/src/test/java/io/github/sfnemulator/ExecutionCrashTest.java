package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.ECHO;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponder;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Anything other than a States error that escapes while an execution advances (issue 14: a bug, a
 * responder's exception, a StackOverflowError, an OutOfMemoryError) ends that execution FAILED with
 * {@code States.Runtime}, its terminal event last, and leaves every other execution alone.
 */
class ExecutionCrashTest {
  private static final String ONE_TASK =
      """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
      """;

  private static final String TASK_IN_PARALLEL =
      """
      {"StartAt": "Both", "States": {
        "Both": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 60, "End": true}}},
          {"StartAt": "Charge", "States": {
            "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}]}}}
      """;

  @Test
  void a_responder_exception_fails_the_execution_with_states_runtime_naming_the_state() {
    // GIVEN a responder with a bug
    TaskResponder buggy =
        call -> {
          throw new IllegalStateException("boom");
        };
    // WHEN
    Execution execution = TestExecutions.run(ONE_TASK, "{}", buggy);
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("States.Runtime");
    assertThat(execution.cause())
        .startsWith(
            "An error occurred while executing the state 'Charge' (entered at the event id #2)."
                + " The task responder threw java.lang.IllegalStateException: boom (at ")
        .doesNotContain("\n");
    assertEndsOnce(execution.history(), HistoryEventType.ExecutionFailed);
  }

  @Test
  void a_stack_overflow_in_a_parallel_branch_fails_the_execution_and_aborts_the_other_branch() {
    // GIVEN a responder that overflows the stack, next to a branch that waits
    TaskResponder deep = call -> recurse(0);
    // WHEN
    Execution execution = TestExecutions.run(TASK_IN_PARALLEL, "{}", deep);
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("States.Runtime");
    assertThat(execution.cause())
        .contains("the state 'Charge'")
        .contains("java.lang.StackOverflowError");
    assertThat(TestExecutions.types(execution)).contains(HistoryEventType.WaitStateAborted);
    assertEndsOnce(execution.history(), HistoryEventType.ExecutionFailed);
  }

  @Test
  void an_out_of_memory_error_fails_only_its_own_execution() {
    // GIVEN one machine whose responder runs out of memory, and one whose responder works
    TaskResponder responder =
        call -> {
          if (call.executionArn().contains(":Hungry:")) {
            throw new OutOfMemoryError("Java heap space");
          }
          return ECHO.respond(call);
        };
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(responder).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine hungry = emulator.createStateMachine("Hungry", TASK_IN_PARALLEL);
      StateMachine fine = emulator.createStateMachine("Fine", TASK_IN_PARALLEL);
      Execution other = emulator.startExecution(fine.arn(), "{}");
      // WHEN
      Execution failed = emulator.startExecution(hungry.arn(), "{}").await();
      // THEN
      assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(failed.cause()).contains("java.lang.OutOfMemoryError: Java heap space");
      assertThat(other.await().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(emulator.listExecutions(hungry.arn())).hasSize(1);
    }
  }

  @Test
  void a_throwable_that_fails_even_to_describe_itself_still_ends_its_execution() {
    // GIVEN a responder whose exception throws when the crash handler reads its stack trace
    TaskResponder hostile =
        call -> {
          throw new IllegalStateException("boom") {
            private static final long serialVersionUID = 1L;

            @Override
            public StackTraceElement[] getStackTrace() {
              throw new UnsupportedOperationException("no trace for you");
            }
          };
        };
    // WHEN
    Execution execution = TestExecutions.run(ONE_TASK, "{}", hostile);
    // THEN it ends, FAILED with States.Runtime, rather than stay RUNNING for good
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("States.Runtime");
    assertThat(execution.cause()).contains("'Charge'");
    assertEndsOnce(execution.history(), HistoryEventType.ExecutionFailed);
  }

  @Test
  void an_error_in_one_map_iteration_ends_the_execution_once_with_no_event_after_it() {
    // GIVEN a Map whose third item makes the responder throw an Error
    String definition =
        """
        {"StartAt": "Each", "States": {
          "Each": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "Charge", "States": {
            "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                       "Parameters": {"n.$": "$"}, "End": true}}}}}}
        """;
    TaskResponder responder =
        call -> {
          if (call.parameters().get("n").asInt() == 3) {
            throw new AssertionError("unexpected item 3");
          }
          return ECHO.respond(call);
        };
    // WHEN
    Execution execution = TestExecutions.run(definition, "[1, 2, 3, 4, 5]", responder);
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.cause()).contains("java.lang.AssertionError: unexpected item 3");
    assertEndsOnce(execution.history(), HistoryEventType.ExecutionFailed);
  }

  @Test
  void a_crash_beside_a_branch_that_waits_for_a_token_leaves_virtual_time_running_for_others() {
    // GIVEN a Parallel whose first branch waits for a task token and whose second one crashes
    String definition =
        """
        {"StartAt": "Both", "States": {
          "Both": {"Type": "Parallel", "End": true, "Branches": [
            {"StartAt": "Callback", "States": {"Callback": {"Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "End": true}}},
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}]}}}
        """;
    TaskResponder responder =
        call -> {
          if (call.stateName().equals("Charge")) {
            throw new IllegalStateException("boom");
          }
          return ECHO.respond(call);
        };
    String waitAnHour =
        """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 3600, "End": true}}}
        """;
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder().taskResponder(responder).build())) {
      StateMachine crashing = emulator.createStateMachine("Crashing", definition);
      StateMachine waiting = emulator.createStateMachine("Waiting", waitAnHour);
      // WHEN
      Execution crashed = emulator.startExecution(crashing.arn(), "{}");
      Execution other = emulator.startExecution(waiting.arn(), "{}").await();
      // THEN
      assertThat(crashed.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(other.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }
  }

  private static io.github.sfnemulator.mock.TaskResponse recurse(int depth) {
    Supplier<io.github.sfnemulator.mock.TaskResponse> next = () -> recurse(depth + 1);
    return next.get();
  }

  /** Ids run 1..n, and the only execution-ending event is the last one. */
  private static void assertEndsOnce(List<HistoryEvent> history, HistoryEventType end) {
    for (int i = 0; i < history.size(); i++) {
      assertThat(history.get(i).id()).isEqualTo(i + 1);
    }
    assertThat(history.get(history.size() - 1).type()).isEqualTo(end);
    assertThat(
            history.stream()
                .filter(e -> e.type().name().startsWith("Execution"))
                .map(HistoryEvent::type))
        .containsExactly(HistoryEventType.ExecutionStarted, end);
  }
}
