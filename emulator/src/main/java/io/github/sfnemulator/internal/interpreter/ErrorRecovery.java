package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.Catcher;
import io.github.sfnemulator.internal.model.ErrorEquals;
import io.github.sfnemulator.internal.model.MapState;
import io.github.sfnemulator.internal.model.Recoverable;
import io.github.sfnemulator.internal.model.Retrier;
import java.time.Duration;
import java.util.List;

/** Retry and Catch: what happens when a state fails. */
final class ErrorRecovery {
  private ErrorRecovery() {}

  static void handle(Fiber f, StatesException failure) {
    if (f.state instanceof Recoverable recoverable && !f.run.isTerminal()) {
      if (retry(f, recoverable.retry(), failure)) {
        return;
      }
      recordStateFailed(f, failure);
      if (caught(f, recoverable.catchers(), failure)) {
        return;
      }
    } else {
      recordStateFailed(f, failure);
    }
    f.finishFailed(TaskFailure.of(failure));
  }

  /** Map and Parallel write their failed event only when no retrier will run them again. */
  private static void recordStateFailed(Fiber f, StatesException failure) {
    HistoryEventType event = failure instanceof TaskFailure t ? t.stateFailedEvent() : null;
    if (event == null
        && f.state instanceof MapState
        && StatesErrors.QUERY_EVALUATION_ERROR.equals(failure.error())) {
      event = HistoryEventType.MapStateFailed;
    }
    if (event != null) {
      f.record(event, null, null);
    }
  }

  private static boolean retry(Fiber f, List<Retrier> retriers, StatesException failure) {
    for (int i = 0; i < retriers.size(); i++) {
      Retrier r = retriers.get(i);
      if (!ErrorEquals.matches(r.errorEquals(), failure.error())) {
        continue;
      }
      if (f.retryAttempts == null) {
        f.retryAttempts = new int[retriers.size()];
      }
      int attempt = f.retryAttempts[i];
      if (attempt >= r.maxAttempts()) {
        return false;
      }
      f.retryAttempts[i] = attempt + 1;
      f.retryCount++;
      f.blockUntil(Deadlines.after(f.run.engine.now(), delay(f, r, attempt)), new Restart(f));
      return true;
    }
    return false;
  }

  /** Runs the state again after a retrier's interval (a class: see {@link Events.StateEntered}). */
  private record Restart(Fiber f) implements Runnable {
    @Override
    public void run() {
      StateRunners.start(f);
    }
  }

  /** IntervalSeconds x BackoffRate^attempt, capped by MaxDelaySeconds, with FULL jitter. */
  static Duration delay(Fiber f, Retrier r, int attempt) {
    double seconds = r.intervalSeconds() * Math.pow(r.backoffRate(), attempt);
    if (r.maxDelaySeconds() != null) {
      seconds = Math.min(seconds, r.maxDelaySeconds());
    }
    if (r.jitterStrategy() == Retrier.JitterStrategy.FULL) {
      seconds = f.run.random().nextDouble() * seconds;
    }
    // Math.round saturates: an interval grown past Long.MAX_VALUE ms stays a valid Duration.
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  private static boolean caught(Fiber f, List<Catcher> catchers, StatesException failure) {
    for (Catcher c : catchers) {
      if (!ErrorEquals.matches(c.errorEquals(), failure.error())) {
        continue;
      }
      ObjectNode errorOutput = Json.NODES.objectNode();
      errorOutput.put("Error", failure.error());
      errorOutput.put("Cause", failure.cause() == null ? "" : failure.cause());
      try {
        JsonNode output;
        ObjectNode assigned;
        if (f.state.common().isJsonata()) {
          StateScope scope = new StateScope(f, f.rawInput).withErrorOutput(errorOutput);
          assigned = DataFlowSteps.evaluateAssign(c.assign(), scope);
          output = c.output() != null ? c.output().evaluate(scope) : errorOutput;
        } else {
          assigned = DataFlowSteps.evaluateAssign(c.assign(), new StateScope(f, errorOutput));
          output =
              c.resultPath() == null ? f.rawInput : c.resultPath().apply(f.rawInput, errorOutput);
        }
        DataFlowSteps.assign(f, assigned);
        f.exitTo(c.next(), output, assigned);
      } catch (StatesException e) {
        f.finishFailed(StateErrors.located(f, e));
      }
      return true;
    }
    return false;
  }
}
