package io.github.sfnemulator.mock;

import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * One test case of a MockConfigFile.json: answers the states it mocks by their invocation number
 * ({@link TaskCall#invocation()}, counted per state per execution across retries, loops and Map
 * iterations) and declines the others.
 *
 * <pre>{@code
 * MockConfigTestCase retryPath = MockConfig.fromPath(Path.of("MockConfigFile.json"))
 *     .testCase("Order", "RetryPath");
 * retryPath.mockedStates(); // [Charge, Notify]
 * EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(retryPath.orElse(mocks)).build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MockConfigTestCase implements OptionalTaskResponder {
  private final String stateMachine;
  private final String name;
  private final Map<String, MockedSteps> byState;

  MockConfigTestCase(String stateMachine, String name, Map<String, MockedSteps> byState) {
    this.stateMachine = stateMachine;
    this.name = name;
    this.byState = Map.copyOf(byState);
  }

  public String name() {
    return name;
  }

  /** The names of the states this test case mocks. */
  public Set<String> mockedStates() {
    return byState.keySet();
  }

  @Override
  public Optional<TaskResponse> tryRespond(TaskCall call) {
    MockedSteps steps = byState.get(call.stateName());
    if (steps == null) {
      return Optional.empty();
    }
    TaskResponse r = steps.at(call.invocation());
    if (r == null) {
      throw new StatesException(
          StatesErrors.RUNTIME,
          "Task state '"
              + call.stateName()
              + "' was invoked for the "
              + ordinal(call.invocation() + 1)
              + " time (invocation "
              + call.invocation()
              + "), but the mocked response '"
              + steps.name()
              + "' (test case '"
              + name
              + "' of state machine '"
              + stateMachine
              + "') covers invocations 0-"
              + steps.last()
              + " only.");
    }
    return Optional.of(r);
  }

  /** Fails with a {@link MockConfigException} if it mocks a state that {@code stateNames} lacks. */
  public void validateStates(Set<String> stateNames) {
    List<String> unknown =
        byState.keySet().stream().filter(s -> !stateNames.contains(s)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new MockConfigException(
          null,
          "Test case '"
              + name
              + "' of state machine '"
              + stateMachine
              + "' mocks "
              + (unknown.size() == 1 ? "state " : "states ")
              + unknown
              + " that the state machine does not have. Its states: "
              + new TreeSet<>(stateNames));
    }
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
