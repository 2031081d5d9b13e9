package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.ParallelState;

/**
 * Parallel: one child fiber per branch; results in branch order; the first failure aborts all. A
 * redriven Parallel keeps the results of the branches that succeeded and runs the others again,
 * each from where it stopped.
 */
final class ParallelRunner {
  private ParallelRunner() {}

  /** The branches of one attempt of a Parallel state. */
  private static final class Branches implements FiberOwner {
    final Fiber parent;
    final ParallelState state;
    final JsonNode effective;

    /** The branches' input (after Parameters). */
    final JsonNode input;

    final Fiber[] children;
    final JsonNode[] results;
    int remaining;
    boolean failed;

    /** The last inner event of the branch that ended last: the state's own end follows it. */
    long lastEventId;

    Branches(Fiber parent, ParallelState state, JsonNode effective, JsonNode input) {
      this.parent = parent;
      this.state = state;
      this.effective = effective;
      this.input = input;
      this.children = new Fiber[state.branches().size()];
      this.results = new JsonNode[children.length];
      this.remaining = children.length;
    }

    @Override
    public void onFiberSucceeded(Fiber child, JsonNode output) {
      if (failed) {
        return;
      }
      results[child.index] = output;
      lastEventId = child.lastEventId;
      if (--remaining == 0) {
        parent.resume(() -> succeed(parent, this));
      }
    }

    @Override
    public void onFiberFailed(Fiber child, StatesException failure) {
      if (failed) {
        return;
      }
      failed = true;
      lastEventId = child.lastEventId;
      for (Fiber other : children) {
        if (other != null && other != child) {
          other.abort();
        }
      }
      parent.resume(
          () -> {
            parent.lastEventId = lastEventId;
            throw new TaskFailure(
                failure.error(), failure.cause(), HistoryEventType.ParallelStateFailed);
          });
    }
  }

  static void start(Fiber f, ParallelState s) {
    Fiber stopped = f.takeRedriveSource();
    Branches previous =
        stopped != null && stopped.activation instanceof Branches b && b.state == s ? b : null;
    JsonNode effective =
        previous != null ? previous.effective : DataFlowSteps.effectiveInput(f, s.io());
    JsonNode input =
        previous != null
            ? previous.input
            : DataFlowSteps.parameters(f, s.io().parameters(), effective);
    long started = f.record(HistoryEventType.ParallelStateStarted, null, null);
    Branches branches = new Branches(f, s, effective, input);
    branches.lastEventId = started;
    f.activation = branches;
    for (int i = 0; previous != null && i < branches.children.length; i++) {
      if (previous.results[i] != null) {
        branches.results[i] = previous.results[i];
        branches.remaining--;
      }
    }
    if (branches.remaining == 0) {
      f.resume(() -> succeed(f, branches));
      return;
    }
    for (int i = 0; i < branches.children.length; i++) {
      if (branches.results[i] != null) {
        continue;
      }
      Fiber child =
          previous != null && previous.children[i] != null
              ? Fiber.redriven(previous.children[i], branches, started)
              : f.child(s.branches().get(i), branches, i, null, input, started, null);
      branches.children[i] = child;
      child.schedule();
    }
    f.block(false);
  }

  private static void succeed(Fiber f, Branches b) {
    f.lastEventId = b.lastEventId;
    f.recordUnlinked(HistoryEventType.ParallelStateSucceeded);
    ArrayNode result = Json.NODES.arrayNode(b.results.length);
    for (JsonNode r : b.results) {
      result.add(r);
    }
    JsonNode selected = DataFlowSteps.selectResult(f, b.state.io(), result);
    DataFlowSteps.Outcome o = DataFlowSteps.complete(f, b.state.io(), b.effective, selected);
    f.exit(o.output(), o.assigned());
  }

  static void abort(Fiber f) {
    if (f.activation instanceof Branches b) {
      b.failed = true;
      for (Fiber child : b.children) {
        if (child != null) {
          child.abort();
        }
      }
    }
    f.record(HistoryEventType.ParallelStateAborted, null, null);
  }
}
