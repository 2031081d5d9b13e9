package io.github.sfnemulator.internal.interpreter;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's pending timers, in firing order (time, then creation). Guarded by the engine's lock.
 *
 * <p>Every execution has a timer at its longest allowed run (a year for a Standard execution), and
 * nearly every one ends long before and cancels it. Those quota limits, set at start for the same
 * duration, fall due in the order the executions started, so they wait in a queue of their own
 * rather than in the heap: adding one costs nothing to order, and cancelling one costs no lock and
 * no search; it is dropped when it reaches the head, or when cancelled ones are most of the queue.
 */
final class TimerQueue {
  /** Below this size a cancelled heap timer is removed at once rather than left for a purge. */
  private static final int SMALL = 256;

  private final PriorityQueue<Timer> heap = new PriorityQueue<>();

  /** Quota-limit timers, due in the order they were added. */
  private final ArrayDeque<Timer> limits = new ArrayDeque<>();

  private long sequence;

  /** Cancelled timers still in {@link #heap} / {@link #limits}: purged once they are most of it. */
  private int cancelledInHeap;

  /** Counted by the lanes that cancel them, without the engine's lock. */
  private final AtomicInteger cancelledLimits = new AtomicInteger();

  void add(Timer t) {
    int cancelled = cancelledLimits.get();
    if (cancelled > 64 && cancelled * 2 > limits.size()) {
      int before = limits.size();
      limits.removeIf(TimerQueue::dropIfCancelled);
      cancelledLimits.addAndGet(limits.size() - before);
    }
    t.sequence = sequence++;
    t.queued = true;
    Timer last = limits.peekLast();
    if (t.quotaLimit && (last == null || t.compareTo(last) > 0)) {
      t.inLimits = true;
      limits.addLast(t);
    } else {
      heap.add(t);
    }
  }

  /**
   * Accounts for a quota limit just marked cancelled, in its lane and without the engine's lock: it
   * stays queued (and its execution reachable) until dropped at the head or purged by {@link #add}.
   */
  void limitCancelled() {
    cancelledLimits.incrementAndGet();
  }

  /** Accounts for {@code t}, a heap timer just marked cancelled while queued; under the lock. */
  void cancelled(Timer t) {
    if (heap.size() <= SMALL) {
      // A small queue gives the timer back at once: a cancelled timer that stays keeps its
      // execution's history reachable, and the collector copies it at every young collection.
      heap.remove(t);
      t.queued = false;
      return;
    }
    t.release();
    if (++cancelledInHeap > 64 && cancelledInHeap * 2 > heap.size()) {
      heap.removeIf(TimerQueue::dropIfCancelled);
      cancelledInHeap = 0;
    }
  }

  private static boolean dropIfCancelled(Timer x) {
    if (x.cancelled) {
      x.queued = false;
      x.release();
    }
    return x.cancelled;
  }

  /** The next timer to fall due, or null; drops the cancelled ones ahead of it. */
  Timer peek() {
    Timer h;
    while ((h = heap.peek()) != null && h.cancelled) {
      dropIfCancelled(heap.poll());
      cancelledInHeap = Math.max(0, cancelledInHeap - 1);
    }
    Timer l;
    while ((l = limits.peekFirst()) != null && l.cancelled) {
      dropIfCancelled(limits.pollFirst());
      cancelledLimits.decrementAndGet();
    }
    if (h == null) {
      return l;
    }
    return l == null || h.compareTo(l) < 0 ? h : l;
  }

  /** Removes and returns {@link #peek()}. */
  Timer poll() {
    Timer t = peek();
    if (t != null) {
      if (t.inLimits) {
        limits.pollFirst();
      } else {
        heap.poll();
      }
      t.queued = false;
    }
    return t;
  }
}
