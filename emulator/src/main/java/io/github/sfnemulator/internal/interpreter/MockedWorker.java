package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.model.TaskResource;
import io.github.sfnemulator.mock.TokenCallback;
import java.time.Duration;
import java.time.Instant;

/**
 * The worker a mock stands for when it answers a callback task with a {@link TokenCallback}: the
 * task waits for its token as with a real worker, and timers at the callback's virtual times send
 * the heartbeats and the success or failure, so an awaiting caller skips to them.
 */
final class MockedWorker {
  private MockedWorker() {}

  static void start(TaskAttempt a, TokenCallback callback) {
    if (a.resource.pattern() != TaskResource.Pattern.WAIT_FOR_TASK_TOKEN) {
      throw new TaskFailure(
          StatesErrors.RUNTIME,
          "The mock of Task state '"
              + a.state.name()
              + "' completes a task token, but its resource "
              + a.state.resource()
              + " is not a callback task (.waitForTaskToken) and has no token. Mock it with a"
              + " result instead (willReturn, or 'return:' in a scenario file).");
    }
    if (!carries(a.parameters, a.taskToken)) {
      throw new TaskFailure(
          StatesErrors.RUNTIME,
          "The mock of Task state '"
              + a.state.name()
              + "' completes its task token, but the state's parameters do not pass the token,"
              + " so no worker could answer it. Pass it in the Parameters, e.g."
              + " \"TaskToken.$\": \"$$.Task.Token\" (JSONata: \"{% $states.context.Task.Token %}\").");
    }
    a.recordSubmitted(callback.callResult());
    Callbacks callbacks = a.fiber.run.engine.callbacks();
    PendingTask task = new PendingTask(a, a.taskToken);
    callbacks.await(task);
    Instant called = callbacks.engine().now();
    for (Duration h : callback.heartbeats()) {
      task.addWorkerTimer(callbacks, called, h, () -> callbacks.heartbeatFromWorker(task));
    }
    switch (callback.outcome()) {
      case SUCCESS -> {
        JsonNode output = callback.output();
        task.addWorkerTimer(
            callbacks,
            called,
            callback.after(),
            () -> callbacks.answerFromWorker(task, () -> task.attempt.succeed(output)));
      }
      case FAILURE ->
          task.addWorkerTimer(
              callbacks,
              called,
              callback.after(),
              () ->
                  callbacks.answerFromWorker(
                      task, () -> task.attempt.fail(callback.error(), callback.cause())));
      case NONE -> {}
    }
  }

  /** Whether {@code parameters} carry {@code token}, as a value or inside a string. */
  static boolean carries(JsonNode parameters, String token) {
    if (parameters == null || token == null) {
      return false;
    }
    if (parameters.isTextual()) {
      return parameters.asText().contains(token);
    }
    for (JsonNode child : parameters) { // array elements and object values
      if (carries(child, token)) {
        return true;
      }
    }
    return false;
  }
}
