package io.github.sfnemulator.internal.interpreter;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
  private final ArrayDeque<Fiber> ready = new ArrayDeque<>(4);

  /** Due timers handed over by the engine, in firing order; any thread adds. */
  private final ConcurrentLinkedQueue<Timer> due = new ConcurrentLinkedQueue<>();

  /** Handed-over timers fired since the lane was entered; under {@link #lock}. */
  private int timersFired;

  /** Timers scheduled by the current step, queued with the engine when it ends; under the lock. */
  private final ArrayList<Timer> scheduled = new ArrayList<>(4);

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

  /**
   * Keeps {@code t}, scheduled by the step this thread runs in the lane, until the step ends; false
   * when this thread does not hold the lane.
   */
  boolean holdsPending(Timer t) {
    if (!lock.isHeldByCurrentThread()) {
      return false;
    }
    t.pending = true;
    scheduled.add(t);
    return true;
  }

  /** Hands the step's timers to the engine: before anyone may see the lane idle. */
  private void queueScheduled() {
    if (!scheduled.isEmpty()) {
      engine.queue(scheduled);
      scheduled.clear();
    }
  }

  /** A due timer, fired at the next {@link #tryDrain} or by the thread that holds the lane. */
  void handOver(Timer timer) {
    due.add(timer);
  }

  /**
   * Fires {@code t}, due now, at once when no other thread holds the lane and no handed-over timer
   * waits before it; else hands it over like {@link #handOver} and {@link #tryDrain}.
   */
  void fire(Timer t) {
    if (due.isEmpty() && lock.tryLock()) {
      boolean outermost = enter();
      try {
        timersFired++;
        t.fire();
      } finally {
        drain();
        leave(outermost);
      }
      return;
    }
    handOver(t);
    tryDrain();
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
    queueScheduled();
    engine.laneLeft(takeTimersFired());
    try {
      return outside.get();
    } finally {
      engine.laneEntered();
    }
  }

  private boolean enter() {
    boolean outermost = lock.getHoldCount() == 1;
    if (outermost) {
      engine.laneEntered();
    }
    return outermost;
  }

  private int takeTimersFired() {
    int n = timersFired;
    timersFired = 0;
    return n;
  }

  private void leave(boolean outermost) {
    int fired = 0;
    if (outermost) {
      queueScheduled();
      fired = takeTimersFired();
    }
    lock.unlock();
    if (!outermost) {
      return;
    }
    engine.laneLeft(fired);
    // A timer handed over while we held the lock, after our last drain: fire it now.
    tryDrain();
  }

  /** Every timer due now fires before any fiber reacts, as AWS records simultaneous events. */
  private void drain() {
    while (true) {
      Timer t = due.poll();
      if (t != null) {
        timersFired++;
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
