package io.github.sfnemulator.internal.graph;

import java.util.List;

/**
 * Where an edge is drawn: its points from source to target, and its label's box (null without a
 * label).
 */
public record Route(List<double[]> points, Box label) {
  public Route {
    points = List.copyOf(points);
  }
}
