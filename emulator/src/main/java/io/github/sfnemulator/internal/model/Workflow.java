package io.github.sfnemulator.internal.model;

import java.util.Map;

/**
 * A set of states with a start: the machine itself, a Parallel branch or a Map processor.
 *
 * @param startAt the first state's name
 * @param states the states by name, in definition order
 * @param pointer JSON pointer of the object holding StartAt and States
 */
public record Workflow(String startAt, Map<String, State> states, String pointer) {

  public Workflow {
    startAt = StateNames.interned(startAt);
    java.util.Map<String, State> byName = new java.util.LinkedHashMap<>();
    states.forEach((name, state) -> byName.put(StateNames.interned(name), state));
    states = java.util.Collections.unmodifiableMap(byName);
  }

  /** The state named {@code name}, or null. */
  public State state(String name) {
    return states.get(name);
  }

  public State start() {
    return states.get(startAt);
  }
}
