package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.MapState;
import io.github.sfnemulator.internal.model.TaskState;

/** The iterations of one attempt of a Map state: which run, which wait, what they returned. */
final class MapIterations implements FiberOwner {
  final Fiber parent;
  final MapState state;
  final JsonNode effective;
  private final MapItemList inputs;
  private final MapItemList items;
  private final int maxConcurrency;
  private final MapTolerance tolerance;
  private final long startedEventId;
  /** AWS links an iteration's start to the last inner event of the iteration that ended before it. */
  private long lastInnerEventId;
  /**
   * AWS links the state's success to the last iteration's end event, and its failure to the
   * failed iteration's last inner event.
   */
  private long lastEventId;
  private final Fiber[] children;
  private final JsonNode[] results;
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
      long startedEventId) {
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
  }

  /** Starts iterations in item order while fewer than MaxConcurrency are in flight. */
  void startMore() {
    if (inputs.size() == 0) {
      ended = true;
      parent.resume(() -> MapRunner.succeed(parent, this));
      return;
    }
    while (next < children.length && inFlight < maxConcurrency && !ended) {
      int i = next++;
      long eventId = iterationEvent(HistoryEventType.MapIterationStarted, i, lastInnerEventId);
      JsonNode itemContext = i < items.size() ? MapItems.item(i, items.get(i)) : null;
      // a Distributed Map's iteration is a child execution: its first state links to nothing
      MapRunChild execution =
          state.distributed()
              ? MapRunChild.start(
                  parent,
                  state.label() != null ? state.label() : state.name(),
                  i,
                  inputs.get(i),
                  "EXPRESS".equals(state.executionType()))
              : null;
      Fiber child = parent.child(
              state.processor(), this, i, itemContext, inputs.get(i), execution != null ? 0 : eventId, execution);
      children[i] = child;
      inFlight++;
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
      results[child.index] = output;
      done(child);
      return;
    }
    lastInnerEventId = child.lastEventId;
    lastEventId = iterationEvent(HistoryEventType.MapIterationSucceeded, child.index, child.lastEventId);
    results[child.index] = output;
    done(child);
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
    long failedEventId = iterationEvent(HistoryEventType.MapIterationFailed, child.index, child.lastEventId);
    ObjectNode errorOutput = Json.NODES.objectNode();
    errorOutput.put("Error", failure.error());
    errorOutput.put("Cause", failure.cause());
    results[child.index] = errorOutput;
    failures++;
    if (tolerance.exceeded(failures, children.length)) {
      lastEventId = state.distributed() ? startedEventId : child.lastEventId;
      ended = true;
      abortRunning();
      if (child.state instanceof TaskState) {
        // The failed iteration's Task never exited: AWS aborts it too, after the others.
        child.record(HistoryEventType.TaskStateAborted, null, null);
      }
      StatesException error = tolerance.percentage() == null && tolerance.count() == null ? failure : MapRunner.thresholdExceeded();
      parent.resume(() -> MapRunner.fail(parent, this, error));
      return;
    }
    lastEventId = failedEventId;
    done(child);
  }

  private void done(Fiber child) {
    // An ended iteration is not looked at again: a run of a million leaves only their results.
    children[child.index] = null;
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
