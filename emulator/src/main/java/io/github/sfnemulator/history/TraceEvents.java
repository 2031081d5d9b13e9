package io.github.sfnemulator.history;

import java.util.EnumSet;
import java.util.Set;

/** Which history events start an attempt, end one successfully, or end one in failure. */
final class TraceEvents {
  private static final Set<HistoryEventType> ATTEMPT_START =
      EnumSet.of(
          HistoryEventType.TaskScheduled,
          HistoryEventType.LambdaFunctionScheduled,
          HistoryEventType.ActivityScheduled,
          HistoryEventType.MapStateStarted,
          HistoryEventType.ParallelStateStarted);

  private static final Set<HistoryEventType> SUCCESS =
      EnumSet.of(
          HistoryEventType.TaskSucceeded,
          HistoryEventType.LambdaFunctionSucceeded,
          HistoryEventType.ActivitySucceeded,
          HistoryEventType.MapStateSucceeded,
          HistoryEventType.ParallelStateSucceeded);

  private static final Set<HistoryEventType> FAILURE =
      EnumSet.of(
          HistoryEventType.TaskFailed,
          HistoryEventType.TaskTimedOut,
          HistoryEventType.TaskStartFailed,
          HistoryEventType.TaskSubmitFailed,
          HistoryEventType.LambdaFunctionFailed,
          HistoryEventType.LambdaFunctionTimedOut,
          HistoryEventType.LambdaFunctionStartFailed,
          HistoryEventType.LambdaFunctionScheduleFailed,
          HistoryEventType.ActivityFailed,
          HistoryEventType.ActivityTimedOut,
          HistoryEventType.ActivityScheduleFailed,
          HistoryEventType.MapStateFailed,
          HistoryEventType.ParallelStateFailed,
          HistoryEventType.EvaluationFailed);

  private TraceEvents() {}

  static boolean isAttemptStart(HistoryEventType t) {
    return ATTEMPT_START.contains(t);
  }

  static boolean isSuccess(HistoryEventType t) {
    return SUCCESS.contains(t);
  }

  static boolean isFailure(HistoryEventType t) {
    return FAILURE.contains(t);
  }
}
