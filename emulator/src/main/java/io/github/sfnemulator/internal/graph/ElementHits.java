package io.github.sfnemulator.internal.graph;

import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.StateError;
import io.github.sfnemulator.history.StateVisit;
import io.github.sfnemulator.internal.model.ErrorEquals;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How often an execution entered each state, took each transition and fired each retrier, read from
 * its history and matched to the graph's element ids.
 *
 * <p>A Choice rule is credited when the Choice went to its {@code Next}; when several rules (or a
 * rule and {@code Default}) share a target, the history does not say which matched, and the first
 * in definition order is credited. A retrier is credited for each retry of an error it matches (the
 * first matching retrier, as AWS picks it); a Catch likewise, when it led to the state the
 * execution entered next.
 */
public final class ElementHits {
  private ElementHits() {}

  public static Map<String, Integer> of(StateGraph graph, ExecutionTrace trace) {
    Map<String, Integer> hits = new LinkedHashMap<>();
    List<StateVisit> visits = trace.visits();
    Map<Long, StateVisit> byExit = new HashMap<>();
    for (StateVisit v : visits) {
      if (v.exited() != null) {
        byExit.put(v.exited().id(), v);
      }
    }
    Map<StateVisit, Boolean> hasSuccessor = new HashMap<>();
    for (StateVisit v : visits) {
      GraphNode node = graph.state(v.stateName());
      if (node == null) {
        continue;
      }
      add(hits, node.id());
      retries(graph, node, v, hits);
      StateVisit previous = byExit.get(v.entered().previousEventId());
      GraphNode from = previous == null ? null : graph.state(previous.stateName());
      if (from != null && Objects.equals(from.parentId(), node.parentId())) {
        hasSuccessor.put(previous, true);
        GraphEdge edge = transition(graph, from, previous, node);
        if (edge != null) {
          add(hits, edge.id());
        }
      } else {
        graph.edges().stream()
            .filter(e -> e.kind() == GraphEdge.Kind.START && e.targetId().equals(node.id()))
            .findFirst()
            .ifPresent(e -> add(hits, e.id()));
      }
    }
    for (StateVisit v : visits) {
      GraphNode node = graph.state(v.stateName());
      if (node != null && v.exited() != null && !hasSuccessor.containsKey(v) && !v.caught()) {
        graph.edgesFrom(node.id()).stream()
            .filter(e -> e.kind() == GraphEdge.Kind.END)
            .findFirst()
            .ifPresent(e -> add(hits, e.id()));
      }
    }
    return hits;
  }

  private static GraphEdge transition(
      StateGraph graph, GraphNode from, StateVisit previous, GraphNode to) {
    List<GraphEdge> out =
        graph.edgesFrom(from.id()).stream().filter(e -> e.targetId().equals(to.id())).toList();
    if (previous.caught()) {
      String error = previous.errors().get(previous.errors().size() - 1).error();
      for (GraphEdge e : out) {
        if (e.kind() == GraphEdge.Kind.CATCH && ErrorEquals.matches(e.errors(), error)) {
          return e;
        }
      }
      return out.stream().filter(e -> e.kind() == GraphEdge.Kind.CATCH).findFirst().orElse(null);
    }
    return out.stream().filter(e -> e.kind() != GraphEdge.Kind.CATCH).findFirst().orElse(null);
  }

  private static void retries(
      StateGraph graph, GraphNode node, StateVisit visit, Map<String, Integer> hits) {
    List<StateError> errors = visit.errors();
    int retries = visit.retries();
    for (int i = 0; i < retries && i < errors.size(); i++) {
      String error = errors.get(i).error();
      for (GraphNode.Retry r : node.retriers()) {
        if (ErrorEquals.matches(r.errors(), error)) {
          add(hits, r.id());
          break;
        }
      }
    }
  }

  private static void add(Map<String, Integer> hits, String id) {
    hits.merge(id, 1, Integer::sum);
  }
}
