package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.TaskState;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;

/** Task: resolves parameters, calls the resource through the responder, shapes the result. */
final class TaskRunner {
  private TaskRunner() {}

  static void start(Fiber f, TaskState s) {
    JsonNode effective = DataFlowSteps.effectiveInput(f, s.io());
    JsonNode parameters = DataFlowSteps.parameters(f, s.io().parameters(), effective);
    StateScope scope = new StateScope(f, effective);
    long timeout = IntegerFields.evaluate(s.timeoutSeconds(), scope, -1);
    long heartbeat = IntegerFields.evaluate(s.heartbeatSeconds(), scope, -1);
    TaskResource resource = TaskResource.of(s.resource());
    scheduled(f, resource, parameters, timeout, heartbeat);
    // The service starts the task later: other fibers' events may come in between.
    f.resume(() -> call(f, s, resource, effective, parameters, timeout));
  }

  /** AWS's default TimeoutSeconds of a Task. */
  private static final long DEFAULT_TIMEOUT_SECONDS = 99_999_999L;

  private static void call(
      Fiber f, TaskState s, TaskResource resource, JsonNode effective, JsonNode parameters, long timeout) {
    started(f, resource);
    TaskCall call =
        new TaskCall(
            f.run.info.executionArn(),
            s.name(),
            s.resource(),
            parameters,
            f.run.nextInvocation(s.name()),
            null);
    TaskResponse response;
    try {
      response = f.run.responder.respond(call);
    } catch (StatesException e) {
      throw TaskFailure.of(e);
    }
    if (response instanceof TaskResponse.Return ret) {
      JsonNode result = ret.result();
      String text = Json.write(result);
      if (text.length() * 3L > Events.MAX_PAYLOAD_BYTES && Json.sizeInBytes(result) > Events.MAX_PAYLOAD_BYTES) {
        failed(f, resource, HistoryEventType.TaskFailed, StatesErrors.DATA_LIMIT_EXCEEDED,
            "The state/task '" + resource.resourceType() + "' returned a result with a size exceeding the maximum number of bytes service limit.");
      }
      succeeded(f, resource, text);
      JsonNode selected = DataFlowSteps.selectResult(f, s.io(), result);
      DataFlowSteps.Outcome o = DataFlowSteps.complete(f, s.io(), effective, selected);
      f.exit(o.output(), o.assigned());
    } else if (response instanceof TaskResponse.Throw t) {
      failed(f, resource, resource.lambdaFunction() ? HistoryEventType.LambdaFunctionFailed : HistoryEventType.TaskFailed, t.error(), t.cause());
    } else {
      // The resource never answers: the state's timeout ends the wait.
      HistoryEventType type = resource.lambdaFunction() ? HistoryEventType.LambdaFunctionTimedOut : HistoryEventType.TaskTimedOut;
      f.blockUntil(
          f.run.engine.now().plusSeconds(timeout > 0 ? timeout : DEFAULT_TIMEOUT_SECONDS),
          () -> record(f, resource, type, StatesErrors.TIMEOUT, null),
          () -> {
            throw new TaskFailure(StatesErrors.TIMEOUT, null);
          });
    }
  }

  static void abort(Fiber f) {
    f.record(HistoryEventType.TaskStateAborted, null, null);
  }

  private static void scheduled(Fiber f, TaskResource r, JsonNode parameters, long timeout, long heartbeat) {
    ObjectNode d = Json.NODES.objectNode();
    if (r.lambdaFunction()) {
      d.put("resource", r.arn());
      d.put("input", Json.write(parameters));
      d.set("inputDetails", Events.notTruncated());
      if (timeout > 0) {
        d.put("timeoutInSeconds", timeout);
      }
      f.record(HistoryEventType.LambdaFunctionScheduled, "lambdaFunctionScheduledEventDetails", d);
      return;
    }
    d.put("resourceType", r.resourceType());
    d.put("resource", r.resource());
    d.put("region", regionOf(f));
    d.put("parameters", Json.write(parameters));
    if (timeout > 0) {
      d.put("timeoutInSeconds", timeout);
    }
    if (heartbeat > 0) {
      d.put("heartbeatInSeconds", heartbeat);
    }
    f.record(HistoryEventType.TaskScheduled, "taskScheduledEventDetails", d);
  }

  private static void started(Fiber f, TaskResource r) {
    if (r.lambdaFunction()) {
      f.record(HistoryEventType.LambdaFunctionStarted, null, null);
      return;
    }
    ObjectNode d = Json.NODES.objectNode();
    d.put("resourceType", r.resourceType());
    d.put("resource", r.resource());
    f.record(HistoryEventType.TaskStarted, "taskStartedEventDetails", d);
  }

  private static void succeeded(Fiber f, TaskResource r, String output) {
    ObjectNode d = Json.NODES.objectNode();
    if (!r.lambdaFunction()) {
      d.put("resourceType", r.resourceType());
      d.put("resource", r.resource());
    }
    d.put("output", output);
    d.set("outputDetails", Events.notTruncated());
    if (r.lambdaFunction()) {
      f.record(HistoryEventType.LambdaFunctionSucceeded, "lambdaFunctionSucceededEventDetails", d);
    } else {
      f.record(HistoryEventType.TaskSucceeded, "taskSucceededEventDetails", d);
    }
  }

  /** Writes the failure event and raises the task's error for Retry and Catch. */
  private static void failed(Fiber f, TaskResource r, HistoryEventType type, String error, String cause) {
    record(f, r, type, error, cause);
    throw new TaskFailure(error, cause);
  }

  private static void record(Fiber f, TaskResource r, HistoryEventType type, String error, String cause) {
    ObjectNode d = Events.errorDetails(error, cause);
    if (!r.lambdaFunction()) {
      d.put("resourceType", r.resourceType());
      d.put("resource", r.resource());
    }
    f.record(type, EventTypes.detailsKey(type), d);
  }

  private static String regionOf(Fiber f) {
    String arn = f.run.info.stateMachineArn();
    String[] parts = arn.split(":");
    return parts.length > 3 ? parts[3] : "";
  }
}
