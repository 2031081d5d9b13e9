package io.github.sfnemulator.internal.interpreter;

import java.time.Instant;

/** An action the engine runs when the clock reaches {@code due}; ordered by time, then creation. */
final class Timer implements Comparable<Timer> {
  final Instant due;
  final long sequence;

  /** The execution whose action this is: it fires in that execution's lane. */
  final ExecutionRun run;

  final Runnable action;

  /** Set and read under the engine's lock; read again in the lane before firing. */
  volatile boolean cancelled;

  /** Whether the engine's queue holds it; under the engine's lock. */
  boolean queued = true;

  /**
   * The execution's longest allowed run (AWS's quota, not a TimeoutSeconds): reaching it only
   * because nobody answered a task is a stalled test, not an outcome worth skipping a year for.
   */
  volatile boolean quotaLimit;

  Timer(Instant due, long sequence, ExecutionRun run, Runnable action) {
    this.due = due;
    this.sequence = sequence;
    this.run = run;
    this.action = action;
  }

  void cancel() {
    run.engine.cancel(this);
  }

  /** Runs the action in its lane (under the lane's lock), unless cancelled meanwhile. */
  void fire() {
    if (cancelled) {
      return;
    }
    try {
      action.run();
    } catch (RuntimeException | Error e) {
      run.crashed(null, e);
    }
  }

  @Override
  public int compareTo(Timer o) {
    int c = due.compareTo(o.due);
    return c != 0 ? c : Long.compare(sequence, o.sequence);
  }
}
