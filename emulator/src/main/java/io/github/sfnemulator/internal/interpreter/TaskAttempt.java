package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.json.Payloads;
import io.github.sfnemulator.internal.model.TaskResource;
import io.github.sfnemulator.internal.model.TaskState;
import java.util.function.Supplier;

/**
 * One attempt of a Task state: its resolved parameters and limits, and the history events of its
 * resource's family ({@code Task*}, {@code LambdaFunction*} or {@code Activity*}).
 */
final class TaskAttempt {
  /** AWS's default TimeoutSeconds of a Task. */
  static final long DEFAULT_TIMEOUT_SECONDS = 99_999_999L;

  final Fiber fiber;
  final TaskState state;
  final TaskResource resource;
  final JsonNode effectiveInput;
  final JsonNode parameters;
  final long timeoutSeconds;
  final long heartbeatSeconds;
  final String taskToken;

  TaskAttempt(
      Fiber fiber,
      TaskState state,
      TaskResource resource,
      JsonNode effectiveInput,
      JsonNode parameters,
      long timeoutSeconds,
      long heartbeatSeconds,
      String taskToken) {
    this.fiber = fiber;
    this.state = state;
    this.resource = resource;
    this.effectiveInput = effectiveInput;
    this.parameters = parameters;
    this.timeoutSeconds = timeoutSeconds;
    this.heartbeatSeconds = heartbeatSeconds;
    this.taskToken = taskToken;
  }

  /** The time-out that applies: the state's TimeoutSeconds, else AWS's default. */
  long effectiveTimeoutSeconds() {
    return timeoutSeconds > 0 ? timeoutSeconds : DEFAULT_TIMEOUT_SECONDS;
  }

  void recordScheduled() {
    recordLazily(Step.Scheduled, new ScheduledDetails());
  }

  // Classes rather than lambdas: see Events.StateEntered.
  private final class ScheduledDetails implements Supplier<ObjectNode> {
    @Override
    public ObjectNode get() {
      return scheduledDetails();
    }
  }

  private final class SucceededDetails implements Supplier<ObjectNode> {
    private final JsonNode result;

    SucceededDetails(JsonNode result) {
      this.result = result;
    }

    @Override
    public ObjectNode get() {
      ObjectNode d = serviceDetails();
      d.put("output", Json.write(result));
      d.set("outputDetails", Events.notTruncated());
      return d;
    }
  }

  private ObjectNode scheduledDetails() {
    ObjectNode d = Events.small();
    switch (resource.kind()) {
      case LAMBDA_FUNCTION, ACTIVITY -> {
        d.put("resource", resource.arn());
        d.put("input", Json.write(parameters));
        d.set("inputDetails", Events.notTruncated());
      }
      case SERVICE -> {
        d.put("resourceType", resource.resourceType());
        d.put("resource", resource.resource());
        d.put("region", region());
        d.put("parameters", Json.write(parameters));
      }
    }
    if (timeoutSeconds > 0) {
      d.put("timeoutInSeconds", timeoutSeconds);
    }
    if (heartbeatSeconds > 0) {
      d.put("heartbeatInSeconds", heartbeatSeconds);
    }
    return d;
  }

  void recordStarted(String workerName) {
    recordLazily(
        Step.Started,
        resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION
            ? null
            : new StartedDetails(workerName));
  }

  private final class StartedDetails implements Supplier<ObjectNode> {
    private final String workerName;

    StartedDetails(String workerName) {
      this.workerName = workerName;
    }

    @Override
    public ObjectNode get() {
      ObjectNode d = serviceDetails();
      if (workerName != null) {
        d.put("workerName", workerName);
      }
      return d;
    }
  }

  /** TaskSubmitted: the service accepted a .sync or callback task and answered {@code output}. */
  void recordSubmitted(JsonNode output) {
    ObjectNode d = serviceDetails();
    d.put("output", Json.write(output));
    d.set("outputDetails", Events.notTruncated());
    fiber.record(HistoryEventType.TaskSubmitted, "taskSubmittedEventDetails", d);
  }

  /**
   * The task's result arrived: writes the succeeded event and leaves the state through
   * ResultSelector, ResultPath and OutputPath (or Output).
   */
  void succeed(JsonNode result) {
    if (Payloads.exceedsLimit(result)) {
      fail(
          StatesErrors.DATA_LIMIT_EXCEEDED,
          "The state/task '"
              + resource.resourceType()
              + "' returned a result with a size exceeding the maximum number of bytes service limit.");
    }
    recordLazily(Step.Succeeded, new SucceededDetails(result));
    JsonNode selected = DataFlowSteps.selectResult(fiber, state.io(), result);
    DataFlowSteps.Outcome o = DataFlowSteps.complete(fiber, state.io(), effectiveInput, selected);
    fiber.exit(o.output(), o.assigned());
  }

  /** The task failed: writes the failed event and raises the error for Retry and Catch. */
  void fail(String error, String cause) {
    throw failure(error, cause);
  }

  /**
   * Writes the failed event and returns the error for Retry and Catch, for a caller that hands it
   * to {@link Fiber#fail} itself: a mocked failure is common in tests and needs no throw.
   */
  TaskFailure failure(String error, String cause) {
    recordFailure(Step.Failed, error, cause);
    return new TaskFailure(error, cause);
  }

  /** Writes the timed-out event (the fiber raises the error when it next runs). */
  void recordTimedOut(String error) {
    recordFailure(Step.TimedOut, error, null);
  }

  private void recordFailure(Step step, String error, String cause) {
    recordLazily(step, new FailureDetails(error, cause));
  }

  private final class FailureDetails implements Supplier<ObjectNode> {
    private final String error;
    private final String cause;

    FailureDetails(String error, String cause) {
      this.error = error;
      this.cause = cause;
    }

    @Override
    public ObjectNode get() {
      ObjectNode d = Events.errorDetails(error, cause);
      if (resource.kind() == TaskResource.Kind.SERVICE) {
        d.put("resourceType", resource.resourceType());
        d.put("resource", resource.resource());
      }
      return d;
    }
  }

  private ObjectNode serviceDetails() {
    ObjectNode d = Json.NODES.objectNode();
    if (resource.kind() == TaskResource.Kind.SERVICE) {
      d.put("resourceType", resource.resourceType());
      d.put("resource", resource.resource());
    }
    return d;
  }

  /** A task's steps, named as its event types end ({@code LambdaFunctionScheduled}, ...). */
  private enum Step {
    Scheduled,
    Started,
    Succeeded,
    Failed,
    TimedOut
  }

  private void recordLazily(Step step, Supplier<ObjectNode> details) {
    HistoryEventType type = EVENTS[resource.kind().ordinal()][step.ordinal()];
    fiber.recordLazily(type, details == null ? null : EventTypes.detailsKey(type), details);
  }

  /** Each resource kind's event type for each step, looked up once. */
  private static final HistoryEventType[][] EVENTS = events();

  private static HistoryEventType[][] events() {
    HistoryEventType[][] byKind = new HistoryEventType[TaskResource.Kind.values().length][];
    for (TaskResource.Kind kind : TaskResource.Kind.values()) {
      String family =
          switch (kind) {
            case LAMBDA_FUNCTION -> "LambdaFunction";
            case ACTIVITY -> "Activity";
            case SERVICE -> "Task";
          };
      HistoryEventType[] bySteps = new HistoryEventType[Step.values().length];
      for (Step step : Step.values()) {
        bySteps[step.ordinal()] = HistoryEventType.valueOf(family + step.name());
      }
      byKind[kind.ordinal()] = bySteps;
    }
    return byKind;
  }

  private String region() {
    String[] parts = fiber.run.info.stateMachineArn().split(":");
    return parts.length > 3 ? parts[3] : "";
  }
}
