package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.history.HistoryEvent;
import java.util.List;

/**
 * One history event in the JSON shape {@code GetExecutionHistory} returns on the wire; the HTTP
 * endpoint and the conformance runner both read histories through it.
 */
public final class HistoryEventJson {
  private static final List<String> EXECUTION_DATA =
      List.of("input", "output", "inputDetails", "outputDetails");

  private HistoryEventJson() {}

  /** The event as AWS writes it; without execution data when {@code includeData} is false. */
  public static ObjectNode event(HistoryEvent e, boolean includeData) {
    ObjectNode out = ApiJson.object();
    ApiJson.putTime(out, "timestamp", e.timestamp());
    out.put("type", e.type().name()).put("id", e.id()).put("previousEventId", e.previousEventId());
    if (e.detailsKey() != null) {
      ObjectNode details = e.details();
      if (!includeData && EXECUTION_DATA.stream().anyMatch(details::has)) {
        details = details.deepCopy();
        details.remove(EXECUTION_DATA);
      }
      out.set(e.detailsKey(), details);
    }
    return out;
  }
}
