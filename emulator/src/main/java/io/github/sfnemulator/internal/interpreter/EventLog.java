package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.history.HistoryEvent;
import java.util.Arrays;
import java.util.List;

/**
 * An execution's history: appended by its lane alone, read from any thread without a lock. The
 * append publishes through one volatile write, so recording an event, which every state does twice,
 * costs no monitor (a lock per event cost choice-heavy executions about a third of their speed).
 */
final class EventLog {
  private volatile HistoryEvent[] events = new HistoryEvent[8];
  private volatile int size;

  /** Appends {@code e}; only the lane holding its lock calls this. */
  void add(HistoryEvent e) {
    HistoryEvent[] a = events;
    int n = size;
    if (n == a.length) {
      a = Arrays.copyOf(a, n * 2);
      a[n] = e;
      events = a; // published before the size that makes it visible
    } else {
      a[n] = e;
    }
    size = n + 1;
  }

  int size() {
    return size;
  }

  /**
   * The events so far: the size is read first, so every event it counts is in the array read after.
   */
  List<HistoryEvent> snapshot() {
    int n = size;
    return List.of(Arrays.copyOf(events, n));
  }
}
