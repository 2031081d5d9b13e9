package io.github.sfnemulator.history;

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

  static String render(String executionName, String outcome, List<StateVisit> visits) {
    StringBuilder out = new StringBuilder("Execution ");
    if (executionName != null) {
      out.append('\'').append(executionName).append("' ");
    }
    out.append(outcome);
    if (visits.isEmpty()) {
      out.append(System.lineSeparator()).append("  (no state entered)");
    }
    for (StateVisit v : visits) {
      out.append(System.lineSeparator()).append(line(v));
    }
    return out.toString();
  }

  private static String line(StateVisit v) {
    StringBuilder out = new StringBuilder("  ".repeat(v.depth() + 1));
    out.append(v.stateName()).append(" (").append(v.stateType()).append(')');
    List<StateError> errors = v.errors();
    int retries = v.retries();
    if (retries > 0) {
      Set<String> retriedAfter = new LinkedHashSet<>();
      for (int i = 0; i < Math.min(retries, errors.size()); i++) {
        retriedAfter.add(errors.get(i).error());
      }
      out.append(" retried ").append(retries).append("x after ");
      out.append(String.join(", ", retriedAfter));
    }
    if (v.caught()) {
      out.append(" caught ").append(describe(v.lastError()));
      out.append(" -> ").append(v.caughtInto() == null ? "?" : v.caughtInto());
    } else if (v.exited() == null && v.lastAttemptFailed()) {
      out.append(" failed ").append(describe(v.lastError()));
    } else if (v.exited() == null) {
      out.append(" (not exited)");
    }
    return out.toString();
  }

  private static String describe(StateError e) {
    if (e.cause() == null || e.cause().isEmpty()) {
      return String.valueOf(e.error());
    }
    String cause =
        e.cause().length() > MAX_CAUSE ? e.cause().substring(0, MAX_CAUSE) + "..." : e.cause();
    return e.error() + " (\"" + cause + "\")";
  }
}
