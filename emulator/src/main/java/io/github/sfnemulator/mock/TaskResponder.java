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
    return call -> {
      throw new StatesException(
          "States.Runtime",
          "No mock answers Task state '"
              + call.stateName()
              + "' (Resource "
              + call.resource()
              + "). Give the emulator mocks, e.g. EmulatorOptions.newBuilder().taskResponder("
              + "TaskMocks.create().stubFor(state(\""
              + call.stateName()
              + "\").willReturn(\"{}\"))), or a MockConfigFile.json with mockConfig(...).");
    };
  }
}
