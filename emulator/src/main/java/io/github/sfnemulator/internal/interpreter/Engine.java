package io.github.sfnemulator.internal.interpreter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The discrete-event run loop shared by every execution of one emulator: one clock and one queue of
 * timers. Executions advance in {@link Lane lanes}, each under its own lock; this engine's lock
 * guards only the clock, the timers and a few counters, and is never held while a state runs.
 * Within a lane, work runs in a fixed order, which makes runs deterministic.
 *
 * <p>Under the virtual clock, when no lane is running a step, no worker holds an activity task and
 * every due timer has fired, a caller that awaits a result moves time to the next timer; a pending
 * task token does not hold time, since nothing answers it while the caller waits. A lane waiting on
 * its responder does not count as running: its responder is user code and may block for as long as
 * it likes.
 */
public final class Engine implements AutoCloseable {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final EngineClock clock;
  private final Callbacks callbacks = new Callbacks(this);
  private long timerSequence;

  /** Cancelled timers still in {@link #timers}: purged once they are most of it. */
  private int cancelledQueued;

  /** Activity tasks a worker has taken and not yet answered: its answer is on the way. */
  private int activitiesInProgress;

  /** Lanes whose lock is held for a step (not counting time spent in a responder). */
  private int busyLanes;

  /** Timers handed to a lane and not yet fired there. */
  private int handedOver;

  private volatile boolean closed;

  public Engine(boolean virtualTime, Instant start) {
    this.clock = new EngineClock(virtualTime, start);
    if (!virtualTime) {
      Thread driver = new Thread(this::driveRealTime, "sfn-emulator-timers");
      driver.setDaemon(true);
      driver.start();
    }
  }

  /** A lane for a new execution (its child executions share it). */
  public Lane newLane() {
    return new Lane(this);
  }

  /** The tasks waiting for task tokens or activity workers. */
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
   * when {@code timeout} of real time passed first. {@code done} is evaluated under the engine's
   * lock: it may read volatile state or take a lock of its own, and nothing else.
   */
  public boolean await(BooleanSupplier done, Duration timeout) {
    Duration cap = Duration.ofDays(365);
    long deadline = System.nanoTime() + (timeout.compareTo(cap) > 0 ? cap : timeout).toNanos();
    try {
      while (true) {
        List<Timer> fire;
        lock.lock();
        try {
          if (done.getAsBoolean()) {
            return true;
          }
          // A task token or an activity nobody has taken does not hold time: under the virtual
          // clock nothing answers them while the caller waits, so their timers are the outcome.
          boolean skip =
              clock.isVirtual() && activitiesInProgress == 0 && busyLanes == 0 && handedOver == 0;
          if (skip) {
            stalled();
          }
          fire = dueTimers(skip);
          if (fire.isEmpty()) {
            long waitNanos = deadline - System.nanoTime();
            if (waitNanos <= 0) {
              return false;
            }
            Timer next = nextTimer();
            if (next != null && !clock.isVirtual()) {
              waitNanos =
                  Math.min(
                      waitNanos, Math.max(Deadlines.nanosUntil(clock.now(), next.due), 1_000_000));
            }
            changed.awaitNanos(waitNanos);
            continue;
          }
        } finally {
          lock.unlock();
        }
        fire(fire, false);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Moves virtual time forward by {@code d} (saturating), firing the timers due on the way, in
   * order; waits for a lane another thread holds.
   */
  public void advance(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("Time cannot move backwards: " + d);
    }
    Instant target = Deadlines.after(now(), d);
    while (true) {
      List<Timer> fire;
      lock.lock();
      try {
        Timer next = nextTimer();
        if (next == null || next.due.isAfter(target)) {
          clock.advanceTo(target);
          return;
        }
        fire = dueTimers(true);
      } finally {
        lock.unlock();
      }
      fire(fire, true);
    }
  }

  /** When the earliest pending timer falls due, or null when none is pending. */
  public Instant nextTimerDue() {
    lock.lock();
    try {
      Timer t = nextTimer();
      return t == null ? null : t.due;
    } finally {
      lock.unlock();
    }
  }

  Timer schedule(ExecutionRun run, Instant due, Runnable action) {
    lock.lock();
    try {
      Timer t = new Timer(due, timerSequence++, run, action);
      timers.add(t);
      changed.signalAll();
      return t;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Cancels {@code t}. Every execution cancels its time-limit timer when it ends, a year ahead of
   * the clock: left in the queue, they would keep every ended execution reachable, so the queue
   * drops cancelled timers once they are most of it.
   */
  void cancel(Timer t) {
    lock.lock();
    try {
      if (t.cancelled) {
        return;
      }
      t.cancelled = true;
      if (t.queued && timers.size() <= 256) {
        // A small queue gives the timer back at once: a cancelled execution-limit timer kept its
        // whole history reachable, and the collector copied it at every young collection.
        timers.remove(t);
        t.queued = false;
        return;
      }
      if (t.queued && ++cancelledQueued > 64 && cancelledQueued * 2 > timers.size()) {
        timers.removeIf(
            x -> {
              if (x.cancelled) {
                x.queued = false;
              }
              return x.cancelled;
            });
        cancelledQueued = 0;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Throws when the next timer is an execution's quota limit (a year for a Standard execution)
   * while that execution waits for outside input: skipping there would end it TIMED_OUT for want of
   * an answer nobody will give. Under the lock.
   */
  private void stalled() {
    Timer next = nextTimer();
    if (next != null
        && next.quotaLimit
        && next.due.isAfter(clock.now())
        && next.run.waitsForOutsideInput()) {
      throw new StalledException(next.run.info().executionArn(), callbacks.waitsOf(next.run));
    }
  }

  /** A worker took an activity task (1), or the task it took ended (-1). */
  void activityInProgress(int delta) {
    lock.lock();
    try {
      activitiesInProgress += delta;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** A lane starts (1) or stops (-1) running a step. */
  void laneBusy(int delta) {
    lock.lock();
    try {
      busyLanes += delta;
      if (delta < 0) {
        changed.signalAll(); // a lane let go: an execution may have ended, time may move
      }
    } finally {
      lock.unlock();
    }
  }

  /** A lane took a handed-over timer to fire it. */
  void timerTaken() {
    lock.lock();
    try {
      handedOver--;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Takes the timers due now, first moving virtual time to the next timer when {@code skip}. Under
   * the lock.
   */
  private List<Timer> dueTimers(boolean skip) {
    Timer next = nextTimer();
    if (next == null) {
      return List.of();
    }
    if (skip) {
      clock.advanceTo(next.due);
    }
    Instant now = clock.now();
    List<Timer> out = new ArrayList<>();
    for (Timer t = next; t != null && !t.due.isAfter(now); t = nextTimer()) {
      timers.poll();
      t.queued = false;
      out.add(t);
    }
    handedOver += out.size();
    return out;
  }

  /** Hands each timer to its lane, in order, then lets each lane fire them (outside the lock). */
  private static void fire(List<Timer> due, boolean waitForLanes) {
    if (due.size() == 1) { // the common case, without the set
      Lane lane = due.get(0).run.lane;
      lane.handOver(due.get(0));
      if (waitForLanes) {
        lane.drainWaiting();
      } else {
        lane.tryDrain();
      }
      return;
    }
    Set<Lane> lanes = new LinkedHashSet<>();
    for (Timer t : due) {
      t.run.lane.handOver(t);
      lanes.add(t.run.lane);
    }
    for (Lane lane : lanes) {
      if (waitForLanes) {
        lane.drainWaiting();
      } else {
        lane.tryDrain();
      }
    }
  }

  private Timer nextTimer() {
    Timer t;
    while ((t = timers.peek()) != null && t.cancelled) {
      timers.poll();
      t.queued = false;
      cancelledQueued--;
    }
    return t;
  }

  private void driveRealTime() {
    while (!closed) {
      await(() -> closed, Duration.ofSeconds(1));
    }
  }

  /** Wakes the threads that wait for a change (an execution ended, a lane let go). */
  void signalChanged() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    closed = true;
    signalChanged();
  }
}
