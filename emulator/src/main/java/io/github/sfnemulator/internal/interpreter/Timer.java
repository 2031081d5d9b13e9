package io.github.sfnemulator.internal.interpreter;

import java.time.Instant;

/**
 * An action the engine runs when the clock reaches {@code due}; ordered by time, then by the order
 * in which the engine queued it.
 *
 * <p>A timer is scheduled and cancelled in its execution's lane. One scheduled during a step waits
 * in the lane until the step ends ({@link #pending}), and the engine queues the step's timers
 * together; one cancelled before then never reaches the engine.
 */
final class Timer implements Comparable<Timer> {
  final Instant due;
  final Engine engine;

  /** Assigned when the engine queues it. */
  long sequence;

  /**
   * The execution whose action this is: it fires in that execution's lane. Released (null) when a
   * cancelled timer leaves the engine's queue, so the queue never keeps an ended execution
   * reachable.
   */
  ExecutionRun run;

  private Runnable action;

  /** Set under the lane's lock; read again before firing. */
  volatile boolean cancelled;

  /** Whether it waits in its lane for the step to end; under the lane's lock. */
  boolean pending;

  /** Whether the engine's queue holds it; under the engine's lock. */
  boolean queued;

  /** Whether it is in the engine's queue of quota limits; set once, under the engine's lock. */
  boolean inLimits;

  /**
   * The execution's longest allowed run (AWS's quota, not a TimeoutSeconds): reaching it only
   * because nobody answered a task is a stalled test, not an outcome worth skipping a year for.
   */
  final boolean quotaLimit;

  Timer(Instant due, ExecutionRun run, Runnable action, boolean quotaLimit) {
    this.due = due;
    this.engine = run.engine;
    this.run = run;
    this.action = action;
    this.quotaLimit = quotaLimit;
  }

  void cancel() {
    engine.cancel(this);
  }

  /** Drops what a cancelled timer refers to. */
  void release() {
    run = null;
    action = null;
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
