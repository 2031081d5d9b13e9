package io.github.sfnemulator.internal.model;

import java.util.List;

/** A Parallel state. */
public record ParallelState(
    StateCommon common,
    DataFlow io,
    List<Workflow> branches,
    List<Retrier> retry,
    List<Catcher> catchers)
    implements State, Recoverable {
  public ParallelState {
    branches = List.copyOf(branches);
  }

  @Override
  public String type() {
    return "Parallel";
  }
}
