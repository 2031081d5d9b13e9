package io.github.sfnemulator.junit;

import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;

/**
 * The Task mocks of the emulator a test runs against, and the calls they answered. A call goes to
 * the responder registered for its state, else to the latest responder registered for all states (a
 * mock DSL, a MockConfigFile test case), else it fails the execution with {@code States.Runtime}
 * and the test with a message naming the state and how to mock it.
 *
 * <p>Mocks registered while a test runs are forgotten after it, even when the emulator is shared by
 * a class.
 *
 * <pre>{@code
 * @Test
 * void retries_the_charge(StepFunctionsEmulator sfn, TaskResponderRegistry mocks) {
 *   mocks.mock("Charge", call -> call.invocation() < 2
 *       ? TaskResponse.throwing("Lambda.TooManyRequestsException", "slow down")
 *       : TaskResponse.returning("{\"charged\":true}"));
 *   ...
 *   assertThat(mocks.calls("Charge")).hasSize(3);
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskResponderRegistry {
  private final Map<String, TaskResponder> permanentByState = new ConcurrentHashMap<>();
  private final List<TaskResponder> permanentForAll = new CopyOnWriteArrayList<>();
  private final Map<String, TaskResponder> testByState = new ConcurrentHashMap<>();
  private final List<TaskResponder> testForAll = new CopyOnWriteArrayList<>();
  private final List<TaskCall> calls = new CopyOnWriteArrayList<>();
  private final List<TaskCall> unmocked = new CopyOnWriteArrayList<>();
  private volatile boolean inTest;

  TaskResponderRegistry() {}

  /** Answers every call of the Task state {@code stateName} (in any state machine). */
  public TaskResponderRegistry mock(String stateName, TaskResponder responder) {
    Objects.requireNonNull(stateName, "stateName");
    Objects.requireNonNull(responder, "responder");
    (inTest ? testByState : permanentByState).put(stateName, responder);
    return this;
  }

  /**
   * Answers the calls of every Task state that has no responder of its own. The latest one
   * registered wins. This is where a whole mock set plugs in.
   */
  public TaskResponderRegistry mock(TaskResponder responder) {
    Objects.requireNonNull(responder, "responder");
    (inTest ? testForAll : permanentForAll).add(0, responder);
    return this;
  }

  /** Every call answered or refused so far, in order. */
  public List<TaskCall> calls() {
    return List.copyOf(calls);
  }

  /** The calls of one Task state, in order. */
  public List<TaskCall> calls(String stateName) {
    return calls.stream().filter(c -> c.stateName().equals(stateName)).toList();
  }

  /** The calls that found no responder. */
  public List<TaskCall> unmockedCalls() {
    return List.copyOf(unmocked);
  }

  /** The text a call with no responder fails with. */
  public static String noMockMessage(TaskCall call) {
    return "No mock for Task state '"
        + call.stateName()
        + "' (Resource "
        + call.resource()
        + "). Mock it in the test, e.g. with a TaskResponderRegistry parameter: mocks.mock(\""
        + call.stateName()
        + "\", call -> TaskResponse.returning(\"{}\")), or give a TaskResponder to"
        + " StepFunctionsExtension.newInstance().taskResponder(...).";
  }

  TaskResponder asResponder() {
    return this::respond;
  }

  void startTest() {
    inTest = true;
  }

  void endTest() {
    inTest = false;
    testByState.clear();
    testForAll.clear();
    calls.clear();
    unmocked.clear();
  }

  private TaskResponse respond(TaskCall call) {
    calls.add(call);
    TaskResponder responder = testByState.get(call.stateName());
    if (responder == null) {
      responder = permanentByState.get(call.stateName());
    }
    if (responder == null) {
      List<TaskResponder> all = new ArrayList<>(testForAll);
      all.addAll(permanentForAll);
      responder = all.isEmpty() ? null : all.get(0);
    }
    if (responder == null) {
      unmocked.add(call);
      return TaskResponse.throwing(StatesErrors.RUNTIME, noMockMessage(call));
    }
    return responder.respond(call);
  }
}
