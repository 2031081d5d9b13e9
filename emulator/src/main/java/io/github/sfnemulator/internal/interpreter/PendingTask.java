package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A task that waits for outside input: a task token ({@code .waitForTaskToken}) or an activity
 * worker. Holds its time-out and heartbeat timers.
 */
final class PendingTask {
  final TaskAttempt attempt;
  final String token;

  /** For activities: whether a worker has taken the task (GetActivityTask). */
  boolean started;

  private Timer timeout;
  private Timer heartbeat;

  /**
   * A mocked worker's heartbeats and answer ({@link MockedWorker}), cancelled when the task ends.
   */
  private final List<Timer> workerTimers = new ArrayList<>();

  PendingTask(TaskAttempt attempt, String token) {
    this.attempt = attempt;
    this.token = token;
  }

  Fiber fiber() {
    return attempt.fiber;
  }

  void startTimeout(Callbacks callbacks) {
    timeout =
        callbacks
            .engine()
            .schedule(
                fiber().run,
                Deadlines.afterSeconds(callbacks.engine().now(), attempt.effectiveTimeoutSeconds()),
                () -> callbacks.timedOut(this, StatesErrors.TIMEOUT));
  }

  /** (Re)starts the heartbeat timer, when the state has HeartbeatSeconds. */
  void restartHeartbeat(Callbacks callbacks) {
    if (heartbeat != null) {
      heartbeat.cancel();
    }
    if (attempt.heartbeatSeconds > 0) {
      heartbeat =
          callbacks
              .engine()
              .schedule(
                  fiber().run,
                  Deadlines.afterSeconds(callbacks.engine().now(), attempt.heartbeatSeconds),
                  () -> callbacks.timedOut(this, StatesErrors.HEARTBEAT_TIMEOUT));
    }
  }

  /** Runs {@code action} {@code after} the call at {@code called}, unless the task ends first. */
  void addWorkerTimer(Callbacks callbacks, Instant called, Duration after, Runnable action) {
    workerTimers.add(
        callbacks.engine().schedule(fiber().run, Deadlines.after(called, after), action));
  }

  void cancelTimers() {
    workerTimers.forEach(Timer::cancel);
    if (timeout != null) {
      timeout.cancel();
    }
    if (heartbeat != null) {
      heartbeat.cancel();
    }
  }

  /** The input a worker receives: the effective parameters. */
  JsonNode input() {
    return attempt.parameters;
  }
}
