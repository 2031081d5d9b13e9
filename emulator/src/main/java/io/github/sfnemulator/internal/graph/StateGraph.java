package io.github.sfnemulator.internal.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes and edges of a state machine, before layout: what {@link GraphBuilder} reads from a
 * definition, and what coverage counts.
 */
public final class StateGraph {
  private final List<GraphNode> nodes;
  private final List<GraphEdge> edges;
  private final Map<String, GraphNode> statesByName = new LinkedHashMap<>();
  private final Map<String, GraphNode> nodesById = new LinkedHashMap<>();

  StateGraph(List<GraphNode> nodes, List<GraphEdge> edges) {
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    for (GraphNode n : this.nodes) {
      nodesById.put(n.id(), n);
      if (n.isState()) {
        // ASL state names are unique in a whole machine, nested ones included.
        statesByName.putIfAbsent(n.name(), n);
      }
    }
  }

  public List<GraphNode> nodes() {
    return nodes;
  }

  public List<GraphEdge> edges() {
    return edges;
  }

  public GraphNode node(String id) {
    return nodesById.get(id);
  }

  /** The state named {@code name}, or null. */
  public GraphNode state(String name) {
    return statesByName.get(name);
  }

  /** The edges that leave the node {@code id}, in definition order. */
  public List<GraphEdge> edgesFrom(String id) {
    return edges.stream().filter(e -> e.sourceId().equals(id)).toList();
  }
}
