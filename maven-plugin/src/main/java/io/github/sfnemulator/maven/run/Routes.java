package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.history.Catch;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.StateVisit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The route of an execution as the scenario format states it, read from the shared trace.
 *
 * <pre>{@code
 * ExecutionTrace trace = ExecutionTrace.of(execution);
 * Map<String, Integer> retries = Routes.retries(trace); // {Charge=2}
 * List<String> catches = trace.catches().stream().map(Routes::describe).toList();
 * // [Charge caught CardDeclined -> Refund]
 * }</pre>
 */
public final class Routes {
  private Routes() {}

  /** Per state retried at least once, its retries over all visits, in the order first entered. */
  public static Map<String, Integer> retries(ExecutionTrace trace) {
    Map<String, Integer> retries = new LinkedHashMap<>();
    for (StateVisit v : trace.visits()) {
      if (v.retries() > 0) {
        retries.merge(v.stateName(), v.retries(), Integer::sum);
      }
    }
    return Collections.unmodifiableMap(retries);
  }

  /** {@code Charge caught CardDeclined -> Refund}. */
  public static String describe(Catch c) {
    return c.state() + " caught " + c.error() + " -> " + c.next();
  }
}
