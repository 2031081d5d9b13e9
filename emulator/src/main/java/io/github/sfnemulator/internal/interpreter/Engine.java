package io.github.sfnemulator.internal.interpreter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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
  private final TimerQueue timers = new TimerQueue();
  private final EngineClock clock;
  private final Callbacks callbacks = new Callbacks(this);

  /** Activity tasks a worker has taken and not yet answered: its answer is on the way. */
  private int activitiesInProgress;

  /**
   * Lanes whose lock is held for a step (not counting time spent in a responder), plus timers
   * handed to a lane and not yet fired there: virtual time may skip only when it is 0. Changed
   * without the engine's lock, so that a step costs no engine lock; see {@link #laneEntered()}.
   */
  private final AtomicInteger active = new AtomicInteger();

  /**
   * Threads in {@link #await} that may wait for {@link #changed}: counted before they read what
   * they wait for, so that whoever changes it without the lock and then finds none need not signal.
   */
  private final AtomicInteger waiters = new AtomicInteger();

  /** Set, under the lock, while an await decides to skip time and moves the clock. */
  private volatile boolean skipping;

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
   *
   * @throws StalledException when time could only move to the time limit of an execution that waits
   *     for outside input: the caller is the one who would answer it
   */
  public boolean await(BooleanSupplier done, Duration timeout) {
    return await(done, timeout, true);
  }

  /**
   * Like {@link #await(BooleanSupplier, Duration)}, but where that one throws {@link
   * StalledException}, waits instead for something to change (an answer from another thread, a new
   * execution), for callers that are not the ones who would answer: the HTTP endpoint's time
   * driver, an activity worker's long poll.
   */
  public boolean awaitAnswerable(BooleanSupplier done, Duration timeout) {
    return await(done, timeout, false);
  }

  private boolean await(BooleanSupplier done, Duration timeout, boolean failWhenStalled) {
    Duration cap = Duration.ofDays(365);
    long timeoutNanos = (timeout.compareTo(cap) > 0 ? cap : timeout).toNanos();
    long deadline = 0;
    boolean deadlineSet = false; // the clock is read only once the loop first has to wait
    try {
      while (true) {
        if (done.getAsBoolean()) { // volatile state: no lock needed to see that it is over
          return true;
        }
        List<Timer> fire;
        lock.lock();
        waiters.incrementAndGet();
        try {
          if (done.getAsBoolean()) {
            return true;
          }
          fire = takeDueTimers(failWhenStalled);
          if (fire.isEmpty()) {
            if (!deadlineSet) {
              deadline = System.nanoTime() + timeoutNanos;
              deadlineSet = true;
            }
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
          waiters.decrementAndGet();
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
   * The timers due now; under the virtual clock, when nothing runs, first moves time to the next
   * one. A task token or an activity nobody has taken does not hold time: under the virtual clock
   * nothing answers them while the caller waits, so their timers are the outcome. Under the lock.
   */
  private List<Timer> takeDueTimers(boolean failWhenStalled) {
    if (!clock.isVirtual() || activitiesInProgress != 0) {
      return dueTimers(false);
    }
    // Announce the skip before reading the lanes: a lane that enters meanwhile either is seen
    // here, or waits in laneEntered until the clock has moved, so it never acts at the old time.
    skipping = true;
    try {
      boolean skip = active.get() == 0;
      if (skip) {
        StalledException stalled = stalled();
        if (stalled != null && failWhenStalled) {
          throw stalled;
        }
        skip = stalled == null;
      }
      return dueTimers(skip);
    } finally {
      skipping = false;
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
    return schedule(run, due, action, false);
  }

  /**
   * A timer for {@code run}; {@code quotaLimit} marks its longest allowed run. Scheduled from its
   * lane, it waits there until the step ends ({@link Lane#leave}), which queues the step's timers
   * under one lock.
   */
  Timer schedule(ExecutionRun run, Instant due, Runnable action, boolean quotaLimit) {
    Timer t = new Timer(due, run, action, quotaLimit);
    if (run.lane.holdsPending(t)) {
      return t;
    }
    lock.lock();
    try {
      timers.add(t);
      changed.signalAll();
      return t;
    } finally {
      lock.unlock();
    }
  }

  /** Queues the timers a lane's step scheduled, in order, skipping those it cancelled. */
  void queue(List<Timer> scheduled) {
    lock.lock();
    try {
      for (Timer t : scheduled) {
        t.pending = false;
        if (!t.cancelled) {
          timers.add(t);
        }
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Cancels {@code t}, from its lane. One still waiting in the lane, or a quota limit, costs no
   * lock: the lane drops the first, and the queue the second when it reaches the head.
   */
  void cancel(Timer t) {
    if (t.cancelled) {
      return;
    }
    t.cancelled = true;
    if (t.pending) {
      return;
    }
    if (t.inLimits) {
      timers.limitCancelled();
      return;
    }
    lock.lock();
    try {
      if (t.queued) {
        timers.cancelled(t);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Why time must not skip, or null: the next timer is an execution's quota limit (a year for a
   * Standard execution) while that execution waits for outside input, so skipping there would end
   * it TIMED_OUT for want of an answer nobody has given yet. Under the lock.
   */
  private StalledException stalled() {
    Timer next = nextTimer();
    if (next != null
        && next.quotaLimit
        && next.due.isAfter(clock.now())
        && next.run.waitsForOutsideInput()) {
      return new StalledException(next.run.info().executionArn(), callbacks.waitsOf(next.run));
    }
    return null;
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

  /**
   * A lane starts running a step. Without the engine's lock: if an await is moving the clock just
   * now, waits for it to finish, so that the step reads the new time.
   */
  void laneEntered() {
    active.incrementAndGet();
    while (skipping) {
      Thread.onSpinWait();
    }
  }

  /**
   * A lane stops running a step, having fired {@code timersFired} of the timers handed to it: an
   * execution may have ended, time may move, so the threads waiting in {@link #await} look again.
   */
  void laneLeft(int timersFired) {
    active.addAndGet(-1 - timersFired);
    if (waiters.get() > 0) {
      signalChanged();
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
    if (next.due.isAfter(now)) {
      return List.of();
    }
    Timer first = timers.poll();
    Timer second = nextTimer();
    if (second == null || second.due.isAfter(now)) {
      active.incrementAndGet();
      return List.of(first);
    }
    List<Timer> out = new ArrayList<>();
    out.add(first);
    for (Timer t = second; t != null && !t.due.isAfter(now); t = nextTimer()) {
      out.add(timers.poll());
    }
    active.addAndGet(out.size());
    return out;
  }

  /** Hands each timer to its lane, in order, then lets each lane fire them (outside the lock). */
  private static void fire(List<Timer> due, boolean waitForLanes) {
    if (due.size() == 1) { // the common case, without the set
      Timer t = due.get(0);
      if (waitForLanes) {
        t.run.lane.handOver(t);
        t.run.lane.drainWaiting();
      } else {
        t.run.lane.fire(t);
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
    return timers.peek();
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
