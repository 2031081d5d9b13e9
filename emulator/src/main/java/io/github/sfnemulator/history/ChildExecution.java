package io.github.sfnemulator.history;

import io.github.sfnemulator.ExecutionStatus;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A child execution an execution started, with its own history: an iteration of a Distributed Map
 * (AWS runs each as a child execution of the Map Run, whose events are not in the parent's
 * history), or the execution a {@code states:startExecution} Task started ({@code .sync}, {@code
 * .sync:2} or request-response). {@link ExecutionTrace#childExecutions(String)} traces them.
 *
 * <pre>{@code
 * for (ChildExecution child : execution.childExecutions()) {
 *   child.stateName(); // ProcessItems
 *   child.name();      // order-1-2-0: the Map Run's child for item 0
 * }
 * }</pre>
 *
 * @param kind which kind of child it is
 * @param stateName the state of the parent that started it
 * @param stateEnteredEventId the id, in the parent's history, of that state's entered event
 * @param name its execution name; a Distributed Map's child is named {@code <parent>-<Map entered
 *     event id>-<index>}
 * @param arn its execution ARN
 * @param history its history, oldest event first
 * @param childExecutions the children it started in turn
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ChildExecution(
    Kind kind,
    String stateName,
    long stateEnteredEventId,
    String name,
    String arn,
    List<HistoryEvent> history,
    List<ChildExecution> childExecutions) {

  /**
   * What started a child execution.
   *
   * <pre>{@code
   * List<String> started = execution.childExecutions().stream()
   *     .filter(child -> child.kind() == ChildExecution.Kind.START_EXECUTION)
   *     .map(ChildExecution::arn)
   *     .toList();
   * }</pre>
   */
  public enum Kind {
    /** An iteration of a Distributed Map: its states are the Map's inner states. */
    MAP_RUN,
    /** A {@code states:startExecution} Task: another state machine's execution. */
    START_EXECUTION
  }

  public ChildExecution {
    Objects.requireNonNull(kind, "kind");
    history = List.copyOf(history);
    childExecutions = List.copyOf(childExecutions);
  }

  /** What its last event says: RUNNING until the history ends. */
  public ExecutionStatus status() {
    HistoryEvent last = last();
    return last == null
        ? ExecutionStatus.RUNNING
        : switch (last.type()) {
          case ExecutionSucceeded -> ExecutionStatus.SUCCEEDED;
          case ExecutionFailed -> ExecutionStatus.FAILED;
          case ExecutionTimedOut -> ExecutionStatus.TIMED_OUT;
          case ExecutionAborted -> ExecutionStatus.ABORTED;
          default -> ExecutionStatus.RUNNING;
        };
  }

  /** The output (JSON text) once it SUCCEEDED, else null. */
  public String output() {
    return status() == ExecutionStatus.SUCCEEDED ? last().output() : null;
  }

  /** The error once it FAILED, TIMED_OUT or was ABORTED, else null. */
  public String error() {
    return ended() ? last().error() : null;
  }

  /** The cause once it FAILED, TIMED_OUT or was ABORTED, else null. */
  public String cause() {
    return ended() ? last().cause() : null;
  }

  private boolean ended() {
    ExecutionStatus status = status();
    return status != ExecutionStatus.RUNNING && status != ExecutionStatus.SUCCEEDED;
  }

  private HistoryEvent last() {
    return history.isEmpty() ? null : history.get(history.size() - 1);
  }
}
