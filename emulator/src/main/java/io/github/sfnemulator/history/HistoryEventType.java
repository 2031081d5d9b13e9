package io.github.sfnemulator.history;

import org.apiguardian.api.API;

/**
 * The history event types of AWS Step Functions, named exactly as {@code GetExecutionHistory} names
 * them.
 *
 * <pre>{@code
 * List<String> failedTasks = execution.history().stream()
 *     .filter(event -> event.type() == HistoryEventType.TaskFailed)
 *     .map(event -> event.details().path("error").asText())
 *     .toList();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum HistoryEventType {
  ActivityFailed,
  ActivityScheduled,
  ActivityScheduleFailed,
  ActivityStarted,
  ActivitySucceeded,
  ActivityTimedOut,
  ChoiceStateEntered,
  ChoiceStateExited,
  EvaluationFailed,
  ExecutionAborted,
  ExecutionFailed,
  ExecutionRedriven,
  ExecutionStarted,
  ExecutionSucceeded,
  ExecutionTimedOut,
  FailStateEntered,
  LambdaFunctionFailed,
  LambdaFunctionScheduled,
  LambdaFunctionScheduleFailed,
  LambdaFunctionStarted,
  LambdaFunctionStartFailed,
  LambdaFunctionSucceeded,
  LambdaFunctionTimedOut,
  MapIterationAborted,
  MapIterationFailed,
  MapIterationStarted,
  MapIterationSucceeded,
  MapRunAborted,
  MapRunFailed,
  MapRunRedriven,
  MapRunStarted,
  MapRunSucceeded,
  MapStateAborted,
  MapStateEntered,
  MapStateExited,
  MapStateFailed,
  MapStateStarted,
  MapStateSucceeded,
  ParallelStateAborted,
  ParallelStateEntered,
  ParallelStateExited,
  ParallelStateFailed,
  ParallelStateStarted,
  ParallelStateSucceeded,
  PassStateEntered,
  PassStateExited,
  SucceedStateEntered,
  SucceedStateExited,
  TaskFailed,
  TaskScheduled,
  TaskStarted,
  TaskStartFailed,
  TaskStateAborted,
  TaskStateEntered,
  TaskStateExited,
  TaskSubmitFailed,
  TaskSubmitted,
  TaskSucceeded,
  TaskTimedOut,
  WaitStateAborted,
  WaitStateEntered,
  WaitStateExited;

  /** Whether this event says a state was entered ({@code *StateEntered}). */
  public boolean isStateEntered() {
    return name().endsWith("StateEntered");
  }

  /** Whether this event says a state was exited ({@code *StateExited}). */
  public boolean isStateExited() {
    return name().endsWith("StateExited");
  }
}
