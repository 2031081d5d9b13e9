package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.internal.model.TaskResource;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tasks that wait for outside input, by task token, and the activity tasks no worker has taken
 * yet. Shared by every lane: its tables are guarded by this object's monitor, held only briefly and
 * never while taking another lock. The public methods (the API's) change a task's execution under
 * that execution's lane; the others are called from within the lane.
 */
public final class Callbacks {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_-]{1,2048}");

  private final Engine engine;
  private final Map<String, PendingTask> byToken = new HashMap<>();
  private final Set<String> timedOut = new HashSet<>();
  private final Map<String, ArrayDeque<PendingTask>> activityQueues = new HashMap<>();

  Callbacks(Engine engine) {
    this.engine = engine;
  }

  Engine engine() {
    return engine;
  }

  /** A new task token, drawn from the execution's random source so runs are repeatable. */
  static String newToken(Fiber f) {
    byte[] bytes = new byte[48];
    f.run.random().nextBytes(bytes);
    return "AQ"
        + Base64.getEncoder()
            .withoutPadding()
            .encodeToString(bytes)
            .replace('/', '_')
            .replace('+', '-');
  }

  /** Parks the attempt's fiber until a SendTask* call or a timer ends the wait. */
  void await(PendingTask task) {
    synchronized (this) {
      byToken.put(task.token, task);
    }
    task.fiber().activation = task;
    task.startTimeout(this);
    task.restartHeartbeat(this);
    task.fiber().block(true);
  }

  /** Queues an activity task for the next worker of {@code activityArn}. */
  void schedule(String activityArn, PendingTask task) {
    task.fiber().activation = task;
    synchronized (this) {
      byToken.put(task.token, task);
      activityQueues.computeIfAbsent(activityArn, k -> new ArrayDeque<>()).add(task);
    }
    task.startTimeout(this);
    task.fiber().block(true);
  }

  /** The oldest waiting task of {@code activityArn}, now started by {@code workerName}; or null. */
  public ActivityTask poll(String activityArn, String workerName) {
    while (true) {
      PendingTask head;
      synchronized (this) {
        ArrayDeque<PendingTask> queue = activityQueues.get(activityArn);
        head = queue == null ? null : queue.peek();
      }
      if (head == null) {
        return null;
      }
      ActivityTask taken = head.fiber().run.lane.call(() -> start(activityArn, head, workerName));
      if (taken != null) {
        return taken;
      }
      // Another worker took it, or it timed out meanwhile: look again.
    }
  }

  /** Starts {@code task} if it still heads its queue; under its lane. */
  private ActivityTask start(String activityArn, PendingTask task, String workerName) {
    synchronized (this) {
      ArrayDeque<PendingTask> queue = activityQueues.get(activityArn);
      if (queue == null || queue.peek() != task) {
        return null;
      }
      queue.poll();
      task.started = true;
    }
    engine.activityInProgress(1);
    task.attempt.recordStarted(workerName);
    task.restartHeartbeat(this);
    return new ActivityTask(task.token, task.input());
  }

  /** Whether a task of {@code activityArn} waits for a worker. */
  public synchronized boolean hasActivityTask(String activityArn) {
    ArrayDeque<PendingTask> queue = activityQueues.get(activityArn);
    return queue != null && !queue.isEmpty();
  }

  public void succeed(String token, JsonNode output) {
    laneOf(token)
        .run(
            () -> {
              PendingTask task = take(token);
              task.fiber().resume(() -> task.attempt.succeed(output));
            });
  }

  public void fail(String token, String error, String cause) {
    laneOf(token)
        .run(
            () -> {
              PendingTask task = take(token);
              task.fiber().resume(() -> task.attempt.fail(error, cause));
            });
  }

  public void heartbeat(String token) {
    laneOf(token).run(() -> find(token).restartHeartbeat(this));
  }

  /**
   * A mocked worker ({@link MockedWorker}) answers {@code task} from within its lane: {@code step}
   * runs as the fiber's next step, unless the task ended first (timed out, aborted).
   */
  void answerFromWorker(PendingTask task, Runnable step) {
    synchronized (this) {
      if (byToken.get(task.token) != task) {
        return;
      }
      byToken.remove(task.token);
    }
    ended(task);
    task.cancelTimers();
    task.fiber().resume(step);
  }

  /** A mocked worker's heartbeat, from within the lane; nothing if the task ended. */
  void heartbeatFromWorker(PendingTask task) {
    synchronized (this) {
      if (byToken.get(task.token) != task) {
        return;
      }
    }
    task.restartHeartbeat(this);
  }

  /** The lane of the execution that waits for {@code token} (checked again under it). */
  private Lane laneOf(String token) {
    return find(token).fiber().run.lane;
  }

  /** A time-out or heartbeat timer fired: the task times out with {@code error}. */
  void timedOut(PendingTask task, String error) {
    synchronized (this) {
      if (byToken.remove(task.token) == null) {
        return;
      }
      removeFromQueues(task);
      timedOut.add(task.token);
    }
    ended(task);
    task.cancelTimers();
    task.attempt.recordTimedOut(error);
    task.fiber()
        .resume(
            () -> {
              throw new TaskFailure(error, null);
            });
  }

  /** The fiber stopped waiting (aborted): its token is spent. */
  void cancel(PendingTask task) {
    boolean held;
    synchronized (this) {
      held = byToken.remove(task.token) != null;
      removeFromQueues(task);
    }
    if (held) {
      ended(task);
    }
    task.cancelTimers();
  }

  /** A task left the table: a worker no longer works on it. */
  private void ended(PendingTask task) {
    if (task.started) {
      engine.activityInProgress(-1);
    }
  }

  /** What each task of {@code run} waits for, and how a test answers it. */
  synchronized java.util.List<String> waitsOf(ExecutionRun run) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (PendingTask task : byToken.values()) {
      if (task.fiber().run != run) {
        continue;
      }
      String state = task.fiber().state.name();
      if (task.attempt.resource.kind() == TaskResource.Kind.ACTIVITY) {
        out.add(
            "state '"
                + state
                + "' waits for a worker of activity "
                + task.attempt.resource.arn()
                + ": poll it with getActivityTask, or give the state TimeoutSeconds");
      } else {
        out.add(
            "state '"
                + state
                + "' ("
                + task.attempt.resource.arn()
                + ") waits for task token '"
                + task.token
                + "': answer it with sendTaskSuccess/sendTaskFailure, let its mock complete the token"
                + " (willCompleteToken, or 'callback:' in a scenario file),"
                + " or give the state TimeoutSeconds or HeartbeatSeconds");
      }
    }
    java.util.Collections.sort(out);
    return out;
  }

  private PendingTask take(String token) {
    PendingTask task;
    synchronized (this) {
      task = find(token);
      byToken.remove(token);
    }
    ended(task);
    task.cancelTimers();
    return task;
  }

  private synchronized PendingTask find(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw new SfnApiException("InvalidToken", "Invalid Token: '" + token + "'");
    }
    if (timedOut.contains(token)) {
      throw new SfnApiException("TaskTimedOut", "Task Timed Out: '" + token + "'");
    }
    PendingTask task = byToken.get(token);
    if (task == null
        || (task.attempt.resource.kind() == TaskResource.Kind.ACTIVITY && !task.started)) {
      throw new SfnApiException(
          "TaskDoesNotExist",
          "Task Does Not Exist: no task waits for token '"
              + token
              + "' (it was never issued, or is already spent).");
    }
    return task;
  }

  private void removeFromQueues(PendingTask task) {
    activityQueues.values().forEach(q -> q.remove(task));
  }

  /** A task handed to an activity worker: its token and input. */
  public record ActivityTask(String taskToken, JsonNode input) {}
}
