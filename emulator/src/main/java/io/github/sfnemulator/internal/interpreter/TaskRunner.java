package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.model.TaskState;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;

/**
 * Task: resolves parameters and limits, then calls the resource: an activity worker, a child
 * execution, or the responder; a {@code .waitForTaskToken} task then waits for its token.
 */
final class TaskRunner {
  private TaskRunner() {}

  static void start(Fiber f, TaskState s) {
    JsonNode effective = DataFlowSteps.effectiveInput(f, s.io());
    TaskResource resource = TaskResource.of(s.resource());
    boolean tokened =
        resource.pattern() == TaskResource.Pattern.WAIT_FOR_TASK_TOKEN
            || resource.kind() == TaskResource.Kind.ACTIVITY;
    String token = tokened ? Callbacks.newToken(f) : null;
    JsonNode parameters = DataFlowSteps.parameters(f, s.io().parameters(), effective, token);
    StateScope scope = new StateScope(f, effective);
    long timeout = IntegerFields.evaluate(s.timeoutSeconds(), scope, -1);
    long heartbeat = IntegerFields.evaluate(s.heartbeatSeconds(), scope, -1);
    TaskAttempt attempt =
        new TaskAttempt(f, s, resource, effective, parameters, timeout, heartbeat, token);
    attempt.recordScheduled();
    if (resource.kind() == TaskResource.Kind.ACTIVITY) {
      f.run.engine.callbacks().schedule(resource.arn(), new PendingTask(attempt, token));
      return;
    }
    // The service starts the task later: other fibers' events may come in between.
    f.resume(() -> call(attempt));
  }

  private static void call(TaskAttempt a) {
    Fiber f = a.fiber;
    a.recordStarted(null);
    if (a.resource.startsExecution() && ChildExecutionTask.start(a)) {
      return;
    }
    TaskCall call =
        new TaskCall(
            f.run.info.executionArn(),
            a.state.name(),
            a.state.resource(),
            a.parameters,
            f.run.nextInvocation(a.state.name()),
            a.taskToken);
    ExecutionRun.Answer answer;
    try {
      answer = f.run.respond(call);
    } catch (StatesException e) {
      throw TaskFailure.of(e);
    }
    TaskResponse response = answer.response();
    if (response instanceof TaskResponse.Throw t) {
      a.fail(t.error(), t.cause());
    } else if (response instanceof TaskResponse.Timeout) {
      // The resource never answers: the state's timeout ends the wait.
      f.blockUntil(
          f.run.engine.now().plusSeconds(a.effectiveTimeoutSeconds()),
          () -> a.recordTimedOut(StatesErrors.TIMEOUT),
          () -> {
            throw new TaskFailure(StatesErrors.TIMEOUT, null);
          });
    } else if (a.resource.pattern() == TaskResource.Pattern.WAIT_FOR_TASK_TOKEN
        && !answer.fromTestCase()) {
      // A MockConfigFile response stands for the callback's output, as in Step Functions Local.
      a.recordSubmitted(((TaskResponse.Return) response).result());
      f.run.engine.callbacks().await(new PendingTask(a, a.taskToken));
    } else {
      a.succeed(((TaskResponse.Return) response).result());
    }
  }

  static void abort(Fiber f) {
    if (f.activation instanceof PendingTask pending) {
      f.run.engine.callbacks().cancel(pending);
    } else if (f.activation instanceof ExecutionRun child) {
      child.stop(null, "The parent execution stopped.");
    }
    f.record(HistoryEventType.TaskStateAborted, null, null);
  }
<<<<<<< HEAD
=======

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
>>>>>>> bench
}
