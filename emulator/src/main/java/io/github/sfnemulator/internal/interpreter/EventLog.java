package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.history.HistoryEvent;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.List;

/**
 * An execution's history: appended by its lane alone, read from any thread without a lock. The
 * append publishes through one release store of the size, so recording an event, which every state
 * does twice, costs neither a monitor (a lock per event cost choice-heavy executions about a third
 * of their speed) nor a fence, as a volatile size would.
 */
final class EventLog {
  private static final VarHandle SIZE;

  static {
    try {
      SIZE = MethodHandles.lookup().findVarHandle(EventLog.class, "size", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile HistoryEvent[] events = new HistoryEvent[8];

  /** Written by release stores and read by acquire loads (see {@link #SIZE}). */
  @SuppressWarnings("unused")
  private int size;

  /** Appends {@code e}; only the lane holding its lock calls this. */
  void add(HistoryEvent e) {
    HistoryEvent[] a = events;
    int n = (int) SIZE.getAcquire(this);
    if (n == a.length) {
      a = Arrays.copyOf(a, n * 2);
      a[n] = e;
      events = a; // published before the size that makes it visible
    } else {
      a[n] = e;
    }
    // release: whoever reads the new size also sees the event and the array that holds it
    SIZE.setRelease(this, n + 1);
  }

  int size() {
    return (int) SIZE.getAcquire(this);
  }

  /**
   * The events so far: the size is read first, so every event it counts is in the array read after.
   */
  List<HistoryEvent> snapshot() {
    int n = size();
    return List.of(Arrays.copyOf(events, n));
  }
}
