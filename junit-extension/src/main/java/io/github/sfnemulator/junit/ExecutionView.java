package io.github.sfnemulator.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.history.HistoryEvent;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What the assertions read of an execution: an emulator's {@link Execution} (read live) or a {@link
 * RemoteExecution} of any Step Functions endpoint. The path, retries and catches come from the
 * history alone, so both are checked the same way.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ExecutionView {
  String arn();

  String name();

  ExecutionStatus status();

  /** The output of a SUCCEEDED execution, else null. */
  JsonNode outputJson();

  /** The error of a FAILED, TIMED_OUT or ABORTED execution, else null. */
  String error();

  /** The cause of a FAILED, TIMED_OUT or ABORTED execution, else null. */
  String cause();

  /** The history, oldest event first. */
  List<HistoryEvent> history();

  /** The names of the states entered, in history order (inner states included). */
  default List<String> statesEntered() {
    return history().stream()
        .filter(e -> e.type().isStateEntered())
        .map(HistoryEvent::stateName)
        .toList();
  }

  /** A view reading {@code execution} live. */
  static ExecutionView of(Execution execution) {
    return new LiveExecution(execution);
  }
}
