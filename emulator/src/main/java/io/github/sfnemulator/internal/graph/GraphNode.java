package io.github.sfnemulator.internal.graph;

import java.util.List;

/**
 * A box of the picture: a state, a Parallel branch, or the start or end marker of a scope. Parallel
 * and Map states and branches are groups: other nodes name them as their parent.
 *
 * @param id the JSON pointer of the state or branch in the definition (markers add {@code #start}
 *     or {@code #end} to their scope's pointer)
 * @param kind what the node stands for
 * @param name the state's name; the branch's label for a branch; empty for markers
 * @param type the ASL {@code Type} of a state, else the kind's name
 * @param parentId the enclosing group's id, or null at the top level
 * @param retriers the state's retriers, in order
 */
public record GraphNode(
    String id, Kind kind, String name, String type, String parentId, List<Retry> retriers) {

  public GraphNode {
    retriers = List.copyOf(retriers);
  }

  /** What a node stands for. */
  public enum Kind {
    STATE,
    BRANCH,
    START,
    END
  }

  /**
   * One retrier of a state, drawn as a line in its box.
   *
   * @param id the retrier's JSON pointer, e.g. {@code /States/Charge/Retry/0}
   * @param label its ErrorEquals and MaxAttempts
   * @param errors its ErrorEquals
   */
  public record Retry(String id, String label, List<String> errors) {}

  public boolean isState() {
    return kind == Kind.STATE;
  }

  /** Parallel and Map states and branches hold other nodes. */
  public boolean isGroup() {
    return kind == Kind.BRANCH || type.equals("Parallel") || type.equals("Map");
  }
}
