package io.github.sfnemulator.internal.graph;

import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.StateError;
import io.github.sfnemulator.history.StateVisit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An execution drawn over its state machine: the states it entered (with visit counts and
 * timestamps), the transitions it took, the retriers that fired, the Catches it took, and the state
 * that failed with its error.
 */
public final class ExecutionOverlay {
  /** Tooltips list the first visits only: a Map of 10,000 items would make a huge picture. */
  static final int VISITS_IN_TITLE = 10;

  private ExecutionOverlay() {}

  public static Overlay of(StateGraph graph, ExecutionTrace trace, String caption) {
    Map<String, Integer> hits = ElementHits.of(graph, trace);
    Map<String, List<StateVisit>> visitsByNode = new LinkedHashMap<>();
    for (StateVisit v : trace.visits()) {
      GraphNode node = graph.state(v.stateName());
      if (node != null) {
        visitsByNode.computeIfAbsent(node.id(), k -> new java.util.ArrayList<>()).add(v);
      }
    }
    Map<String, Mark> marks = new HashMap<>();
    visitsByNode.forEach((id, visits) -> marks.put(id, stateMark(graph.node(id), visits, trace)));
    for (GraphEdge e : graph.edges()) {
      Integer n = hits.get(e.id());
      if (n != null) {
        String css = e.kind() == GraphEdge.Kind.CATCH ? "taken caught" : "taken";
        String title =
            (e.kind() == GraphEdge.Kind.CATCH ? "Catch " + e.label() + ": " : "")
                + "taken "
                + times(n);
        marks.put(e.id(), new Mark(css, n > 1 ? "×" + n : "", title));
      }
    }
    for (GraphNode node : graph.nodes()) {
      for (GraphNode.Retry r : node.retriers()) {
        Integer n = hits.get(r.id());
        if (n != null) {
          marks.put(r.id(), new Mark("fired", "·" + n, "fired " + times(n)));
        }
      }
    }
    return new Overlay(caption, marks);
  }

  private static Mark stateMark(GraphNode node, List<StateVisit> visits, ExecutionTrace trace) {
    StringBuilder title =
        new StringBuilder(node.name() + " (" + node.type() + "): entered " + times(visits.size()));
    int retries = 0;
    StateError failure = null;
    for (int i = 0; i < visits.size(); i++) {
      StateVisit v = visits.get(i);
      retries += v.retries();
      if (v.exited() == null && isFailed(v, trace)) {
        failure =
            v.errors().isEmpty() ? executionError(trace) : v.errors().get(v.errors().size() - 1);
      }
      if (i < VISITS_IN_TITLE) {
        title.append('\n').append("entered ").append(v.entered().timestamp());
        if (v.exited() != null) {
          title.append(", exited ").append(v.exited().timestamp());
        }
        if (v.retries() > 0) {
          title.append(", retried ").append(times(v.retries()));
        }
        for (StateError e : v.errors()) {
          title.append("\n  error ").append(e.error());
          if (e.cause() != null) {
            title.append(": ").append(cut(e.cause()));
          }
        }
        if (v.caughtInto() != null) {
          title.append("\n  caught into ").append(v.caughtInto());
        }
      } else if (i == VISITS_IN_TITLE) {
        title.append("\n… ").append(visits.size() - VISITS_IN_TITLE).append(" more visits");
      }
    }
    String badge = "×" + visits.size() + (retries > 0 ? " ↻" + retries : "");
    if (failure != null) {
      title.append("\nFAILED: ").append(failure.error());
      if (failure.cause() != null) {
        title.append(" (").append(cut(failure.cause())).append(')');
      }
      return new Mark("visited failed", badge + " ✗", title.toString(), "✗ " + failure.error());
    }
    return new Mark("visited", badge, title.toString());
  }

  /** A visit that never exited failed, unless the execution is still running or was stopped. */
  private static boolean isFailed(StateVisit v, ExecutionTrace trace) {
    return !v.errors().isEmpty()
        || trace.outcome().startsWith("FAILED") && v.stateType().equals("Fail");
  }

  private static StateError executionError(ExecutionTrace trace) {
    List<HistoryEvent> history = trace.history();
    HistoryEvent last = history.isEmpty() ? null : history.get(history.size() - 1);
    return last == null ? new StateError(null, null) : new StateError(last.error(), last.cause());
  }

  private static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }

  private static String cut(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }
}
