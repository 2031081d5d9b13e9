package io.github.sfnemulator.junit.internal;

import io.github.sfnemulator.history.HistoryEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a trace one visit per line, indented by nesting:
 *
 * <pre>
 * Execution 'order-1' SUCCEEDED
 *   Validate (Pass)
 *   Charge (Task) retried 2x after Lambda.TooManyRequestsException
 *   Notify (Task) caught States.TaskFailed ("smtp down") -&gt; Alert
 * </pre>
 */
final class TraceRenderer {
  private static final int MAX_CAUSE = 120;

  private TraceRenderer() {}

  static String render(ExecutionTrace trace) {
    StringBuilder out = new StringBuilder();
    out.append("Execution '").append(trace.execution().name()).append("' ").append(trace.outcome());
    if (trace.visits().isEmpty()) {
      out.append(System.lineSeparator()).append("  (no state entered)");
    }
    for (StateVisit v : trace.visits()) {
      out.append(System.lineSeparator()).append(line(trace, v));
    }
    return out.toString();
  }

  static String line(ExecutionTrace trace, StateVisit v) {
    StringBuilder out = new StringBuilder("  ".repeat(v.depth() + 1));
    out.append(v.stateName()).append(" (").append(v.stateType()).append(')');
    List<HistoryEvent> failures = v.failures();
    int retries = v.retries();
    if (retries > 0) {
      Set<String> errors = new LinkedHashSet<>();
      for (int i = 0; i < Math.min(retries, failures.size()); i++) {
        errors.add(trace.failureOf(failures.get(i)).error());
      }
      out.append(" retried ").append(retries).append("x after ").append(String.join(", ", errors));
    }
    if (v.caught()) {
      out.append(" caught ").append(describe(trace.failureOf(failures.get(failures.size() - 1))));
      out.append(" -> ").append(v.caughtInto() == null ? "?" : v.caughtInto());
    } else if (v.exited() == null && v.lastAttemptFailed()) {
      out.append(" failed ").append(describe(trace.failureOf(failures.get(failures.size() - 1))));
    } else if (v.exited() == null) {
      out.append(" (not exited)");
    }
    return out.toString();
  }

  static String describe(ExecutionTrace.Failure f) {
    if (f.cause() == null || f.cause().isEmpty()) {
      return String.valueOf(f.error());
    }
    String cause =
        f.cause().length() > MAX_CAUSE ? f.cause().substring(0, MAX_CAUSE) + "..." : f.cause();
    return f.error() + " (\"" + cause + "\")";
  }
}
