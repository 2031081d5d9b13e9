package io.github.sfnemulator.internal.interpreter;

import java.time.Instant;

/** An action the engine runs when the clock reaches {@code due}; ordered by time, then creation. */
final class Timer implements Comparable<Timer> {
  final Instant due;
  final long sequence;
  final Runnable action;
  boolean cancelled;

  Timer(Instant due, long sequence, Runnable action) {
    this.due = due;
    this.sequence = sequence;
    this.action = action;
  }

  void cancel() {
    cancelled = true;
  }

  @Override
  public int compareTo(Timer o) {
    int c = due.compareTo(o.due);
    return c != 0 ? c : Long.compare(sequence, o.sequence);
  }
}
