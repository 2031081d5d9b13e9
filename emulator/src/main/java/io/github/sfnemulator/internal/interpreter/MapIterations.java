package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.MapState;
import io.github.sfnemulator.internal.model.TaskState;

/**
 * The iterations of one attempt of a Map state: which run, which wait, what they returned. A
 * redriven attempt keeps the results of the iterations that succeeded and runs the others again,
 * each from where it stopped.
 */
final class MapIterations implements FiberOwner {
  final Fiber parent;
  final MapState state;
  final JsonNode effective;
  final MapItemList inputs;
  final MapItemList items;
  private int maxConcurrency;
  private MapTolerance tolerance;

  /** A Distributed Map's run (null for an inline Map). */
  final MapRunProgress mapRun;

  /** The attempt this one redrives, or null. */
  private final MapIterations previous;

  private final long startedEventId;

  /**
   * AWS links an iteration's start to the last inner event of the iteration that ended before it.
   */
  private long lastInnerEventId;

  /**
   * AWS links the state's success to the last iteration's end event, and its failure to the failed
   * iteration's last inner event.
   */
  private long lastEventId;

  private final Fiber[] children;
  private final JsonNode[] results;
  private final boolean[] succeeded;
  private int next;
  private int inFlight;
  private int completed;
  private int failures;
  private boolean ended;

  MapIterations(
      Fiber parent,
      MapState state,
      JsonNode effective,
      MapItemList inputs,
      MapItemList items,
      int maxConcurrency,
      MapTolerance tolerance,
      long startedEventId,
      MapRunProgress mapRun,
      MapIterations previous) {
    this.parent = parent;
    this.state = state;
    this.effective = effective;
    this.inputs = inputs;
    this.items = items;
    this.maxConcurrency = maxConcurrency <= 0 ? Integer.MAX_VALUE : maxConcurrency;
    this.tolerance = tolerance;
    this.startedEventId = startedEventId;
    this.lastInnerEventId = startedEventId;
    this.lastEventId = startedEventId;
    this.children = new Fiber[inputs.size()];
    this.results = new JsonNode[inputs.size()];
    this.succeeded = new boolean[inputs.size()];
    this.mapRun = mapRun;
    this.previous = previous;
    if (previous != null) {
      for (int i = 0; i < succeeded.length; i++) {
        if (previous.succeeded[i]) {
          succeeded[i] = true;
          results[i] = previous.results[i];
          completed++;
        }
      }
    }
    if (mapRun != null) {
      mapRun.attach(
          this, this.maxConcurrency == Integer.MAX_VALUE ? 0 : this.maxConcurrency, tolerance);
    }
  }

  int maxConcurrencySetting() {
    return maxConcurrency == Integer.MAX_VALUE ? 0 : maxConcurrency;
  }

  MapTolerance toleranceSetting() {
    return tolerance;
  }

  /**
   * UpdateMapRun changed the run's MaxConcurrency or tolerated failures: they apply from now on.
   */
  void settingsChanged() {
    int limit = mapRun.maxConcurrency();
    maxConcurrency = limit <= 0 ? Integer.MAX_VALUE : limit;
    tolerance = mapRun.tolerance();
    startMore();
  }

  /** Starts iterations in item order while fewer than MaxConcurrency are in flight. */
  void startMore() {
    if (completed == children.length && !ended) {
      ended = true;
      parent.resume(() -> MapRunner.succeed(parent, this));
      return;
    }
    while (next < children.length && inFlight < maxConcurrency && !ended) {
      int i = next++;
      if (succeeded[i]) {
        continue;
      }
      long eventId = iterationEvent(HistoryEventType.MapIterationStarted, i, lastInnerEventId);
      Fiber stopped = previous == null ? null : previous.children[i];
      Fiber child;
      if (stopped != null) {
        child = Fiber.redriven(stopped, this, eventId);
      } else {
        JsonNode item = i < items.size() ? items.get(i) : null;
        JsonNode itemContext = item == null ? null : MapItems.item(i, item);
        // without ItemSelector or ItemBatcher the input is the item: an ItemReader's is read once
        JsonNode input = inputs == items && item != null ? item : inputs.get(i);
        // a Distributed Map's iteration is a child execution: its first state links to nothing
        MapRunChild execution =
            state.distributed()
                ? MapRunChild.start(
                    parent,
                    state.label() != null ? state.label() : state.name(),
                    i,
                    input,
                    "EXPRESS".equals(state.executionType()))
                : null;
        child =
            parent.child(
                state.processor(),
                this,
                i,
                itemContext,
                input,
                execution != null ? 0 : eventId,
                execution);
      }
      children[i] = child;
      inFlight++;
      if (mapRun != null) {
        mapRun.childStarted(i, parent.run.engine.now());
      }
      child.schedule();
    }
  }

  boolean finished() {
    return ended;
  }

  ArrayNode results() {
    ArrayNode out = Json.NODES.arrayNode(results.length);
    for (JsonNode r : results) {
      out.add(r);
    }
    return out;
  }

  @Override
  public void onFiberSucceeded(Fiber child, JsonNode output) {
    if (ended) {
      return;
    }
    if (state.distributed()) {
      child.mapRunChild.succeeded(child.lastEventId, output);
    } else {
      lastInnerEventId = child.lastEventId;
      lastEventId =
          iterationEvent(HistoryEventType.MapIterationSucceeded, child.index, child.lastEventId);
    }
    results[child.index] = output;
    succeeded[child.index] = true;
    // A succeeded iteration is never looked at again, not even by a redrive (which keeps its
    // result): a run of a million leaves only the results.
    children[child.index] = null;
    if (mapRun != null) {
      mapRun.childEnded(child.index, ExecutionStatus.SUCCEEDED, null, parent.run.engine.now());
    }
    done();
  }

  @Override
  public void onFiberFailed(Fiber child, StatesException failure) {
    if (ended) {
      return;
    }
    if (state.distributed()) {
      child.mapRunChild.failed(child.lastEventId, failure.error(), failure.cause());
    } else {
      lastInnerEventId = child.lastEventId;
    }
    long failedEventId =
        iterationEvent(HistoryEventType.MapIterationFailed, child.index, child.lastEventId);
    ObjectNode errorOutput = Json.NODES.objectNode();
    errorOutput.put("Error", failure.error());
    errorOutput.put("Cause", failure.cause());
    results[child.index] = errorOutput;
    failures++;
    if (mapRun != null) {
      mapRun.childEnded(
          child.index, ExecutionStatus.FAILED, failure.error(), parent.run.engine.now());
    }
    if (tolerance.exceeded(failures, children.length)) {
      lastEventId = state.distributed() ? startedEventId : child.lastEventId;
      ended = true;
      abortRunning();
      if (child.state instanceof TaskState) {
        // The failed iteration's Task never exited: AWS aborts it too, after the others.
        child.record(HistoryEventType.TaskStateAborted, null, null);
      }
      StatesException error =
          tolerance.percentage() == null && tolerance.count() == null
              ? failure
              : MapRunner.thresholdExceeded();
      parent.resume(() -> MapRunner.fail(parent, this, error));
      return;
    }
    lastEventId = failedEventId;
    done();
  }

  private void done() {
    inFlight--;
    completed++;
    if (completed == children.length) {
      ended = true;
      parent.resume(() -> MapRunner.succeed(parent, this));
    } else {
      startMore();
    }
  }

  void abortAll() {
    ended = true;
    abortRunning();
  }

  private void abortRunning() {
    for (Fiber child : children) {
      if (child != null && child.phase != Fiber.Phase.DONE) {
        child.abort();
        if (state.distributed()) {
          child.mapRunChild.aborted();
        }
        iterationEvent(HistoryEventType.MapIterationAborted, child.index, startedEventId);
        if (mapRun != null) {
          mapRun.childEnded(child.index, ExecutionStatus.ABORTED, null, parent.run.engine.now());
        }
      }
    }
  }

  /** The event the Map state's own end follows (MapStateSucceeded, MapStateFailed). */
  long lastEventId() {
    return lastEventId;
  }

  private long iterationEvent(HistoryEventType type, int index, long previousEventId) {
    if (state.distributed()) {
      return startedEventId;
    }
    ObjectNode d = Events.small().put("name", state.name()).put("index", index);
    return parent.recordAfter(previousEventId, type, EventTypes.detailsKey(type), d);
  }
}
