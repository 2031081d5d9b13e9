package io.github.sfnemulator.internal.graph;

import java.util.HashMap;
import java.util.Map;

/** Coverage drawn over a state machine: each state, transition and retrier covered or not. */
public final class CoverageOverlay {
  private CoverageOverlay() {}

  public static Overlay of(StateGraph graph, Map<String, Integer> hits, String caption) {
    Map<String, Mark> marks = new HashMap<>();
    for (GraphNode n : graph.nodes()) {
      if (n.isState()) {
        marks.put(n.id(), mark(hits.getOrDefault(n.id(), 0), "entered"));
      }
      for (GraphNode.Retry r : n.retriers()) {
        marks.put(r.id(), mark(hits.getOrDefault(r.id(), 0), "fired"));
      }
    }
    for (GraphEdge e : graph.edges()) {
      if (e.kind().isTransition()) {
        marks.put(e.id(), mark(hits.getOrDefault(e.id(), 0), "taken"));
      }
    }
    return new Overlay(caption, marks);
  }

  private static Mark mark(int n, String verb) {
    return n == 0
        ? new Mark("uncovered", "0", "not covered: never " + verb)
        : new Mark("covered", "×" + n, verb + " " + n + (n == 1 ? " time" : " times"));
  }
}
