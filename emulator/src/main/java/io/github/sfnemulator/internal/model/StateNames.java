package io.github.sfnemulator.internal.model;

import java.util.LinkedHashSet;
import java.util.Set;

/** Every state name of a machine, Parallel branches and Map processors included. */
public final class StateNames {
  private StateNames() {}

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
