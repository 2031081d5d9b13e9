package io.github.sfnemulator.internal.graph;

import java.util.Map;

/** A {@link StateGraph} with a place for every node and a route for every edge. */
public record Layout(
    StateGraph graph,
    Map<String, Box> boxes,
    Map<String, Route> routes,
    double width,
    double height) {
  public Layout {
    boxes = Map.copyOf(boxes);
    routes = Map.copyOf(routes);
  }
}
