package io.github.sfnemulator.internal.model;

import java.util.List;

/** A state that may Retry and Catch: Task, Parallel and Map. */
public interface Recoverable {
  List<Retrier> retry();

  List<Catcher> catchers();
}
