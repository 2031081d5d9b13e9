package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.MapState;

/**
 * Map: one child fiber per item (or batch), at most MaxConcurrency in flight, started in item
 * order; results in item order; failures beyond the tolerated ones fail the state.
 */
final class MapRunner {
  private MapRunner() {}

  static void start(Fiber f, MapState s) {
    JsonNode effective = DataFlowSteps.effectiveInput(f, s.io());
    StateScope scope = new StateScope(f, s.common().isJsonata() ? f.rawInput : effective);
    MapItemList items = MapItems.items(f, s, effective, scope);
    int maxConcurrency = (int) IntegerFields.evaluate(s.maxConcurrency(), scope, 0);
    ObjectNode startedDetails = Json.NODES.objectNode().put("length", items.size());
    long started = f.record(HistoryEventType.MapStateStarted, "mapStateStartedEventDetails", startedDetails);
    MapTolerance tolerance = MapTolerance.evaluate(s, scope);
    MapItemList inputs = MapItems.iterationInputs(f, s, items, effective);
    MapIterations iterations =
        new MapIterations(f, s, effective, inputs, items, maxConcurrency, tolerance, started);
    f.activation = iterations;
    if (s.distributed()) {
      f.record(HistoryEventType.MapRunStarted, "mapRunStartedEventDetails",
          Json.NODES.objectNode().put("mapRunArn", mapRunArn(f, s)));
    }
    iterations.startMore();
    if (!iterations.finished()) {
      f.block(false);
    }
  }

  /** All iterations ended within tolerance: the results, in item order. */
  static void succeed(Fiber f, MapIterations it) {
    JsonNode result =
        it.state.resultWriter() == null
            ? it.results()
            : MapResultWriter.write(f, it.state, mapRunArn(f, it.state), it.effective, it.results());
    if (it.state.distributed()) {
      f.record(HistoryEventType.MapRunSucceeded, null, null);
    } else {
      f.lastEventId = it.lastEventId();
    }
    f.recordUnlinked(HistoryEventType.MapStateSucceeded);
    JsonNode selected = DataFlowSteps.selectResult(f, it.state.io(), result);
    DataFlowSteps.Outcome o = DataFlowSteps.complete(f, it.state.io(), it.effective, selected);
    f.exit(o.output(), o.assigned());
  }

  /** The Map Run's ARN: the state machine's, with the Map's Label (or name) and a run id. */
  static String mapRunArn(Fiber f, MapState s) {
    String label = s.label() != null ? s.label() : s.name();
    return f.run.info.stateMachineArn().replace(":stateMachine:", ":mapRun:")
        + "/"
        + label
        + ":"
        + f.run.info.name()
        + "-"
        + f.enteredEventId;
  }

  static void fail(Fiber f, MapIterations it, StatesException failure) {
    if (it.state.distributed()) {
      f.record(HistoryEventType.MapRunFailed, null, null);
    } else {
      f.lastEventId = it.lastEventId();
    }
    throw new TaskFailure(failure.error(), failure.cause(), HistoryEventType.MapStateFailed);
  }

  static void abort(Fiber f) {
    if (f.activation instanceof MapIterations it) {
      it.abortAll();
    }
    f.record(HistoryEventType.MapStateAborted, null, null);
  }

  static StatesException thresholdExceeded() {
    return new TaskFailure(
        StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD,
        "The specified tolerated failure threshold was exceeded");
  }
}
