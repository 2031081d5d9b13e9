package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.MapRunStatus;
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
    Fiber stopped = f.takeRedriveSource();
    if (stopped != null
        && stopped.activation instanceof MapIterations previous
        && previous.state == s) {
      redrive(f, previous);
      return;
    }
    JsonNode effective = DataFlowSteps.effectiveInput(f, s.io());
    StateScope scope = new StateScope(f, s.common().isJsonata() ? f.rawInput : effective);
    MapItemList items = MapItems.items(f, s, effective, scope);
    int maxConcurrency = (int) IntegerFields.evaluate(s.maxConcurrency(), scope, 0);
    ObjectNode startedDetails = Json.NODES.objectNode().put("length", items.size());
    long started =
        f.record(HistoryEventType.MapStateStarted, "mapStateStartedEventDetails", startedDetails);
    MapTolerance tolerance = MapTolerance.evaluate(s, scope);
    MapItemList inputs = MapItems.iterationInputs(f, s, items, effective);
    MapRunProgress mapRun = null;
    if (s.distributed()) {
      String arn = mapRunArn(f, s);
      int[] sizes = MapRunProgress.itemsPerChild(inputs);
      mapRun = new MapRunProgress(arn, f.run.info, label(s), sizes, f.run.engine.now());
      f.run.mapRunStarted(mapRun);
    }
    MapIterations iterations =
        new MapIterations(
            f, s, effective, inputs, items, maxConcurrency, tolerance, started, mapRun, null);
    f.activation = iterations;
    if (mapRun != null) {
      f.record(
          HistoryEventType.MapRunStarted,
          "mapRunStartedEventDetails",
          Json.NODES.objectNode().put("mapRunArn", mapRun.arn()));
    }
    iterations.startMore();
    if (!iterations.finished()) {
      f.block(false);
    }
  }

  /**
   * The Map state of a redriven execution: the same items, the succeeded iterations' results kept,
   * the others run again; a Distributed Map redrives its run (same ARN, MapRunRedriven).
   */
  private static void redrive(Fiber f, MapIterations previous) {
    MapState s = previous.state;
    ObjectNode startedDetails = Json.NODES.objectNode().put("length", previous.items.size());
    long started =
        f.record(HistoryEventType.MapStateStarted, "mapStateStartedEventDetails", startedDetails);
    MapRunProgress mapRun = previous.mapRun;
    int maxConcurrency =
        mapRun != null ? mapRun.maxConcurrency() : previous.maxConcurrencySetting();
    MapTolerance tolerance = mapRun != null ? mapRun.tolerance() : previous.toleranceSetting();
    if (mapRun != null) {
      mapRun.redriven(f.run.engine.now());
    }
    MapIterations iterations =
        new MapIterations(
            f,
            s,
            previous.effective,
            previous.inputs,
            previous.items,
            maxConcurrency,
            tolerance,
            started,
            mapRun,
            previous);
    f.activation = iterations;
    if (mapRun != null) {
      f.record(
          HistoryEventType.MapRunRedriven,
          "mapRunRedrivenEventDetails",
          Json.NODES
              .objectNode()
              .put("mapRunArn", mapRun.arn())
              .put("redriveCount", mapRun.redriveCount()));
    }
    iterations.startMore();
    if (!iterations.finished()) {
      f.block(false);
    }
  }

  private static String label(MapState s) {
    return s.label() != null ? s.label() : s.name();
  }

  /** All iterations ended within tolerance: the results, in item order. */
  static void succeed(Fiber f, MapIterations it) {
    JsonNode result =
        it.state.resultWriter() == null
            ? it.results()
            : MapResultWriter.write(
                f,
                it.state,
                it.mapRun != null ? it.mapRun.arn() : mapRunArn(f, it.state),
                it.effective,
                it.results());
    if (it.mapRun != null) {
      it.mapRun.ended(MapRunStatus.SUCCEEDED, f.run.engine.now(), it.state.resultWriter() != null);
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
    String label = label(s);
    return f.run.info.stateMachineArn().replace(":stateMachine:", ":mapRun:")
        + "/"
        + label
        + ":"
        + f.run.info.name()
        + "-"
        + f.enteredEventId;
  }

  static void fail(Fiber f, MapIterations it, StatesException failure) {
    if (it.mapRun != null) {
      it.mapRun.ended(MapRunStatus.FAILED, f.run.engine.now(), false);
      f.record(HistoryEventType.MapRunFailed, null, null);
    } else {
      f.lastEventId = it.lastEventId();
    }
    throw new TaskFailure(failure.error(), failure.cause(), HistoryEventType.MapStateFailed);
  }

  static void abort(Fiber f) {
    if (f.activation instanceof MapIterations it) {
      it.abortAll();
      if (it.mapRun != null && it.mapRun.isRunning()) {
        it.mapRun.ended(MapRunStatus.ABORTED, f.run.engine.now(), false);
      }
    }
    f.record(HistoryEventType.MapStateAborted, null, null);
  }

  static StatesException thresholdExceeded() {
    return new TaskFailure(
        StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD,
        "The specified tolerated failure threshold was exceeded");
  }
}
