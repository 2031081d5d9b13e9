package io.github.sfnemulator.internal.graph;

import java.util.List;

/**
 * An arrow of the picture.
 *
 * @param id the JSON pointer of the field that makes the transition ({@code .../Next}, {@code
 *     .../Choices/0}, {@code .../Default}, {@code .../Catch/1}); markers' edges end in {@code
 *     #start} or {@code #end}
 * @param kind what makes the transition
 * @param sourceId the id of the node it leaves
 * @param targetId the id of the node it enters
 * @param label the Choice rule, {@code Default}, or a Catch's error names; empty for others
 * @param errors a Catch's ErrorEquals; empty for other edges
 */
public record GraphEdge(
    String id, Kind kind, String sourceId, String targetId, String label, List<String> errors) {

  public GraphEdge {
    errors = List.copyOf(errors);
  }

  /** What makes a transition. */
  public enum Kind {
    NEXT,
    CHOICE,
    DEFAULT,
    CATCH,
    START,
    END;

    /** Whether coverage counts it: the markers' edges are drawn only. */
    public boolean isTransition() {
      return this != START && this != END;
    }
  }
}
