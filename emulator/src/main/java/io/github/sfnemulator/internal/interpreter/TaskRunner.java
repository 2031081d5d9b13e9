package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.model.TaskResource;
import io.github.sfnemulator.internal.model.TaskState;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;
import io.github.sfnemulator.mock.TokenCallback;

/**
 * Task: resolves parameters and limits, then calls the resource: an activity worker, a child
 * execution, or the responder; a {@code .waitForTaskToken} task then waits for its token.
 */
final class TaskRunner {
  private TaskRunner() {}

  static void start(Fiber f, TaskState s) {
    JsonNode effective = DataFlowSteps.effectiveInput(f, s.io());
    TaskResource resource = s.target();
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
    f.resume(new Call(attempt));
  }

  /** The service calling the resource (a class: see {@link Events.StateEntered}). */
  private record Call(TaskAttempt attempt) implements Runnable {
    @Override
    public void run() {
      call(attempt);
    }
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
      // User code that may block: the lane does not count as busy meanwhile.
      answer = f.run.lane.outside(() -> f.run.respond(call));
    } catch (StatesException e) {
      throw TaskFailure.of(e);
    } catch (RuntimeException | Error e) {
      throw new Crash.ResponderException(e);
    }
    TaskResponse response = answer.response();
    if (response instanceof TaskResponse.Throw t) {
      f.fail(a.failure(t.error(), t.cause()));
    } else if (response instanceof TaskResponse.Timeout) {
      // The resource never answers: the state's timeout ends the wait.
      f.blockUntil(
          Deadlines.afterSeconds(f.run.engine.now(), a.effectiveTimeoutSeconds()),
          () -> a.recordTimedOut(StatesErrors.TIMEOUT),
          () -> {
            throw new TaskFailure(StatesErrors.TIMEOUT, null);
          });
    } else if (response instanceof TokenCallback callback) {
      MockedWorker.start(a, callback);
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
}
