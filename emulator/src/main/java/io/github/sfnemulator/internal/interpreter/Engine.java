package io.github.sfnemulator.internal.interpreter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The discrete-event run loop shared by every execution of one emulator: a queue of runnable
 * fibers and a queue of timers over one clock. All interpreter state changes under one lock, so
 * executions may be started and awaited from any thread; within the lock, work runs in a fixed
 * order, which makes runs deterministic.
 *
 * <p>Under the virtual clock, when nothing is runnable and no fiber waits for outside input (a
 * task token, an activity worker), a caller that awaits a result moves time to the next timer.
 */
public final class Engine implements AutoCloseable {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Fiber> ready = new ArrayDeque<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final EngineClock clock;
  private long timerSequence;
  private int externalWaits;
  private volatile boolean closed;
  private final Callbacks callbacks = new Callbacks(this);

  public Engine(boolean virtualTime, Instant start) {
    this.clock = new EngineClock(virtualTime, start);
    if (!virtualTime) {
      Thread driver = new Thread(this::driveRealTime, "sfn-emulator-timers");
      driver.setDaemon(true);
      driver.start();
    }
  }

  /** Runs {@code action} under the engine lock, then runs whatever became runnable. */
  public <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      T result = action.get();
      runReady();
      return result;
    } finally {
      changed.signalAll();
      lock.unlock();
    }
  }

  public void locked(Runnable action) {
    locked(
        () -> {
          action.run();
          return null;
        });
  }

  /** The tasks waiting for task tokens or activity workers. Use under {@link #locked}. */
  public Callbacks callbacks() {
    return callbacks;
  }

  public Instant now() {
    return clock.now();
  }

  public boolean isVirtualTime() {
    return clock.isVirtual();
  }

  /**
   * Drives the loop until {@code done} holds, skipping virtual time when allowed. Returns false
   * when {@code timeout} of real time passed first.
   */
  public boolean await(BooleanSupplier done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        runReady();
        if (done.getAsBoolean()) {
          return true;
        }
        Timer next = nextTimer();
        if (next != null && clock.isVirtual() && externalWaits == 0) {
          clock.advanceTo(next.due);
          fireDueTimers();
          continue;
        }
        if (next != null && !clock.isVirtual() && !next.due.isAfter(clock.now())) {
          fireDueTimers();
          continue;
        }
        long waitNanos = deadline - System.nanoTime();
        if (waitNanos <= 0) {
          return false;
        }
        if (next != null && !clock.isVirtual()) {
          long untilDue = Duration.between(clock.now(), next.due).toNanos();
          waitNanos = Math.min(waitNanos, Math.max(untilDue, 1_000_000));
        }
        changed.awaitNanos(waitNanos);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      changed.signalAll();
      lock.unlock();
    }
  }

  /** Moves virtual time forward by {@code d}, firing the timers due on the way, in order. */
  public void advance(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("Time cannot move backwards: " + d);
    }
    locked(
        () -> {
          Instant target = clock.now().plus(d);
          for (Timer next = nextTimer();
              next != null && !next.due.isAfter(target);
              next = nextTimer()) {
            clock.advanceTo(next.due);
            fireDueTimers();
            runReady();
          }
          clock.advanceTo(target);
        });
  }

  /** When the earliest pending timer falls due, or null when none is pending. */
  public Instant nextTimerDue() {
    return locked(
        () -> {
          Timer t = nextTimer();
          return t == null ? null : t.due;
        });
  }

  void makeReady(Fiber fiber) {
    ready.add(fiber);
  }

  Timer schedule(Instant due, Runnable action) {
    Timer t = new Timer(due, timerSequence++, action);
    timers.add(t);
    return t;
  }

  /** A fiber starts (delta 1) or stops (delta -1) waiting for input from outside the engine. */
  void externalWait(int delta) {
    externalWaits += delta;
  }

  private void runReady() {
    Fiber f;
    while ((f = ready.poll()) != null) {
      f.run();
    }
  }

  private Timer nextTimer() {
    Timer t;
    while ((t = timers.peek()) != null && t.cancelled) {
      timers.poll();
    }
    return t;
  }

  private void fireDueTimers() {
    // Every timer due now fires before any fiber reacts, as AWS records simultaneous events.
    Instant now = clock.now();
    for (Timer t = nextTimer(); t != null && !t.due.isAfter(now); t = nextTimer()) {
      timers.poll();
      t.action.run();
    }
    runReady();
  }

  private void driveRealTime() {
    while (!closed) {
      await(() -> closed, Duration.ofSeconds(1));
    }
  }

  @Override
  public void close() {
    closed = true;
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
