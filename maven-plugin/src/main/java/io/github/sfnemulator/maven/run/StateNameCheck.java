package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.maven.scenario.Expectations;
import io.github.sfnemulator.maven.scenario.ExpectedCatch;
import io.github.sfnemulator.maven.scenario.ScenarioCase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The state names a case writes in {@code mocks} and {@code expect} must exist in the definition: a
 * misspelt name would otherwise be silently ignored (a mock) or fail with a puzzling difference (an
 * expectation). Each unknown name is reported with the key that holds it and the closest state.
 */
final class StateNameCheck {
  private StateNameCheck() {}

  /**
   * One line per unknown name; empty when every name exists. {@code functionNamed} tells a
   * template's Lambda function logical id, which a {@code mocks} key may also be.
   */
  static List<String> problems(
      ScenarioCase c, DefinitionStates states, UnaryOperator<String> functionNamed) {
    List<String> out = new ArrayList<>();
    c.mocks().keySet().stream()
        .filter(key -> functionNamed.apply(key) == null)
        .forEach(key -> taskState(out, states, "mocks." + key, key));
    Expectations e = c.expect();
    if (e.path() != null) {
      for (int i = 0; i < e.path().size(); i++) {
        state(out, states, "expect.path[" + i + "]", e.path().get(i));
      }
    }
    if (e.retries() != null) {
      e.retries().keySet().forEach(s -> state(out, states, "expect.retries." + s, s));
    }
    if (e.catches() != null) {
      for (int i = 0; i < e.catches().size(); i++) {
        ExpectedCatch k = e.catches().get(i);
        state(out, states, "expect.catches[" + i + "].state", k.state());
        if (k.next() != null) {
          state(out, states, "expect.catches[" + i + "].next", k.next());
        }
      }
    }
    if (e.calls() != null) {
      e.calls().keySet().forEach(s -> taskState(out, states, "expect.calls." + s, s));
    }
    return out;
  }

  private static void state(List<String> out, DefinitionStates states, String key, String name) {
    if (!states.has(name)) {
      out.add(
          key
              + ": the state machine has no state '"
              + name
              + "'; did you mean '"
              + states.closest(name)
              + "'?");
    }
  }

  private static void taskState(
      List<String> out, DefinitionStates states, String key, String name) {
    if (!states.has(name)) {
      state(out, states, key, name);
    } else if (!"Task".equals(states.type(name))) {
      out.add(
          key
              + ": '"
              + name
              + "' is a "
              + states.type(name)
              + " state; only Task states call a resource, so only they are mocked and called");
    }
  }
}
