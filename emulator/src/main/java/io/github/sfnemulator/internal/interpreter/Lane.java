package io.github.sfnemulator.internal.interpreter;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * An execution and the child executions it started ({@code states:startExecution}): they advance
 * under this lane's lock, one step at a time, and independently of every other lane. A slow step (a
 * responder that blocks, a long evaluation) therefore holds up only its own lane, never the API or
 * other executions.
 *
 * <p>Whoever holds the lock runs what became runnable before letting go: the fibers in {@link
 * #ready}, and the timers the engine handed over ({@link #handOver}).
 */
public final class Lane {
  private final Engine engine;
  private final ReentrantLock lock = new ReentrantLock();

  /** Fibers ready to run; touched only under {@link #lock}. */
  private final ArrayDeque<Fiber> ready = new ArrayDeque<>();

  /** Due timers handed over by the engine, in firing order; any thread adds. */
  private final ConcurrentLinkedQueue<Timer> due = new ConcurrentLinkedQueue<>();

  Lane(Engine engine) {
    this.engine = engine;
  }

  /** Runs {@code action} under this lane's lock, then everything that became runnable. */
  public <T> T call(Supplier<T> action) {
    lock.lock();
    boolean outermost = enter();
    try {
      return action.get();
    } finally {
      drain();
      leave(outermost);
    }
  }

  public void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  void makeReady(Fiber fiber) {
    ready.add(fiber);
  }

  /** A due timer, fired at the next {@link #tryDrain} or by the thread that holds the lane. */
  void handOver(Timer timer) {
    due.add(timer);
  }

  /** Fires the handed-over timers and runs the ready fibers, if no other thread holds the lane. */
  void tryDrain() {
    if (!due.isEmpty() && lock.tryLock()) {
      boolean outermost = enter();
      try {
        drain();
      } finally {
        leave(outermost);
      }
    }
  }

  /** Like {@link #tryDrain}, but waits for a lane another thread holds (explicit clock moves). */
  void drainWaiting() {
    run(() -> {});
  }

  /**
   * Runs {@code outside} (a responder: user code that may block) as time the lane does not count as
   * busy, so virtual time may move for other lanes meanwhile.
   */
  <T> T outside(Supplier<T> outside) {
    engine.laneBusy(-1);
    try {
      return outside.get();
    } finally {
      engine.laneBusy(1);
    }
  }

  private boolean enter() {
    boolean outermost = lock.getHoldCount() == 1;
    if (outermost) {
      engine.laneBusy(1);
    }
    return outermost;
  }

  private void leave(boolean outermost) {
    lock.unlock();
    if (!outermost) {
      return;
    }
    engine.laneBusy(-1);
    // A timer handed over while we held the lock, after our last drain: fire it now.
    tryDrain();
  }

  /** Every timer due now fires before any fiber reacts, as AWS records simultaneous events. */
  private void drain() {
    while (true) {
      Timer t = due.poll();
      if (t != null) {
        engine.timerTaken();
        t.fire();
        continue;
      }
      Fiber f = ready.poll();
      if (f == null) {
        return;
      }
      f.run();
    }
  }
}
