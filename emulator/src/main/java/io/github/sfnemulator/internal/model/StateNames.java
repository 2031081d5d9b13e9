package io.github.sfnemulator.internal.model;

import java.util.LinkedHashSet;
import java.util.Set;

/** Every state name of a machine, Parallel branches and Map processors included. */
public final class StateNames {
  private StateNames() {}

  /**
   * {@code name} interned (null stays null): a transition's target and the workflow's key for the
   * state are then one object, which every step's look-up finds by identity.
   */
  public static String interned(String name) {
    return name == null ? null : name.intern();
  }

  public static Set<String> of(StateMachineDefinition definition) {
    Set<String> names = new LinkedHashSet<>();
    collect(definition.workflow(), names);
    return names;
  }

  private static void collect(Workflow workflow, Set<String> names) {
    for (State state : workflow.states().values()) {
      names.add(state.name());
      if (state instanceof ParallelState parallel) {
        parallel.branches().forEach(b -> collect(b, names));
      } else if (state instanceof MapState map) {
        collect(map.processor(), names);
      }
    }
  }
}
