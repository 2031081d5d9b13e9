package io.github.sfnemulator;

import io.github.sfnemulator.history.HistoryEvent;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One page of {@code GetExecutionHistory}: the events and the token of the next page (null on
 * the last page).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record HistoryPage(List<HistoryEvent> events, String nextToken) {
  public HistoryPage {
    events = List.copyOf(events);
  }
}
