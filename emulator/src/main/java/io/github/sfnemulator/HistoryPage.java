package io.github.sfnemulator;

import io.github.sfnemulator.history.HistoryEvent;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One page of {@code GetExecutionHistory}: the events and the token of the next page (null on the
 * last page).
 *
 * <pre>{@code
 * String token = null;
 * do {
 *   HistoryPage page = emulator.getExecutionHistory(execution.arn(), false, 100, token);
 *   page.events().forEach(event -> System.out.println(event.type()));
 *   token = page.nextToken();
 * } while (token != null);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record HistoryPage(List<HistoryEvent> events, String nextToken) {
  public HistoryPage {
    events = List.copyOf(events);
  }
}
