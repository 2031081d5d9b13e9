package io.github.sfnemulator.internal.query.jsonata;

import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * What the functions Step Functions adds need from the evaluation running on this thread: the
 * scope's random source and the instant {@code $now()}/{@code $millis()} report.
 *
 * <p>jsonata-java calls functions with their arguments only, and evaluation is synchronous, so a
 * thread-local set around each evaluation (and restored after, for nested evaluations) reaches them
 * without per-evaluation function objects.
 */
record CurrentEvaluation(EvaluationScope scope, long timestampMillis) {
  private static final ThreadLocal<CurrentEvaluation> CURRENT = new ThreadLocal<>();

  static CurrentEvaluation get() {
    CurrentEvaluation current = CURRENT.get();
    if (current == null) {
      throw new IllegalStateException("No JSONata evaluation is running on this thread");
    }
    return current;
  }

  /** Installs {@code next} and returns what was installed before, for {@link #restore}. */
  static CurrentEvaluation enter(CurrentEvaluation next) {
    CurrentEvaluation previous = CURRENT.get();
    CURRENT.set(next);
    return previous;
  }

  static void restore(CurrentEvaluation previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
