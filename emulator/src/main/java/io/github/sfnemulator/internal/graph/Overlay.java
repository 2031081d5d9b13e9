package io.github.sfnemulator.internal.graph;

import java.util.Map;

/**
 * What is drawn over a state machine: an execution, coverage, or nothing.
 *
 * @param caption a line drawn above the graph, or empty
 * @param marks by element id (state, edge or retrier)
 */
public record Overlay(String caption, Map<String, Mark> marks) {
  public static final Overlay NONE = new Overlay("", Map.of());

  public Overlay {
    marks = Map.copyOf(marks);
  }

  public Mark mark(String id) {
    return marks.getOrDefault(id, Mark.NONE);
  }
}
