package io.github.sfnemulator.mock;

import io.github.sfnemulator.internal.error.StatesException;
import org.apiguardian.api.API;

/**
 * Answers the calls Task states make. The emulator asks it once per attempt of a Task state.
 *
 * <pre>{@code
 * TaskResponder responder = call -> call.stateName().equals("Charge")
 *     ? TaskResponse.returning(Json.parse("{\"ok\":true}"))
 *     : TaskResponse.throwing("Lambda.ServiceException", "down");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface TaskResponder {
  TaskResponse respond(TaskCall call);

  /** A responder that knows no state: every call fails the execution with States.Runtime. */
  static TaskResponder none() {
    return unmocked(
        call ->
            "No mock answers Task state '"
                + call.stateName()
                + "' (Resource "
                + call.resource()
                + "). Give the emulator mocks, e.g. EmulatorOptions.newBuilder().taskResponder("
                + "TaskMocks.create().stubFor(state(\""
                + call.stateName()
                + "\").willReturn(\"{}\"))), or a MockConfigFile.json with mockConfig(...).");
  }

  /**
   * A responder for calls nothing else answers: each fails the execution with States.Runtime and
   * the cause {@code advice} gives, which should say how to mock the state where the user declares
   * mocks (a test, a scenario file).
   *
   * <pre>{@code
   * TaskResponder responder = mocks.orElse(TaskResponder.unmocked(
   *     call -> "Add a mock for '" + call.stateName() + "' under the case's mocks."));
   * }</pre>
   */
  static TaskResponder unmocked(java.util.function.Function<TaskCall, String> advice) {
    java.util.Objects.requireNonNull(advice, "advice");
    return call -> {
      throw new StatesException("States.Runtime", advice.apply(call));
    };
  }
}
