package io.github.sfnemulator;

import org.apiguardian.api.API;

/**
 * The names of the errors that AWS Step Functions itself raises, as they appear in {@code
 * ErrorEquals}, in an execution's error and in its history.
 *
 * <pre>{@code
 * assertThat(execution.error()).isEqualTo(StatesErrors.TASK_FAILED);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class StatesErrors {
  public static final String ALL = "States.ALL";
  public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
  public static final String TIMEOUT = "States.Timeout";
  public static final String TASK_FAILED = "States.TaskFailed";
  public static final String PERMISSIONS = "States.Permissions";
  public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
  public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
  public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
  public static final String BRANCH_FAILED = "States.BranchFailed";
  public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
  public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
  public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD =
      "States.ExceedToleratedFailureThreshold";
  public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
  public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
  public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
  public static final String RUNTIME = "States.Runtime";

  private StatesErrors() {}

  /** Whether {@code name} is one of the reserved {@code States.*} names above. */
  public static boolean isReserved(String name) {
    return switch (name) {
      case ALL,
          HEARTBEAT_TIMEOUT,
          TIMEOUT,
          TASK_FAILED,
          PERMISSIONS,
          RESULT_PATH_MATCH_FAILURE,
          PARAMETER_PATH_FAILURE,
          QUERY_EVALUATION_ERROR,
          BRANCH_FAILED,
          NO_CHOICE_MATCHED,
          INTRINSIC_FAILURE,
          EXCEED_TOLERATED_FAILURE_THRESHOLD,
          ITEM_READER_FAILED,
          RESULT_WRITER_FAILED,
          DATA_LIMIT_EXCEEDED,
          RUNTIME ->
          true;
      default -> false;
    };
  }
}
