package io.github.sfnemulator.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One event of an execution's history, as {@code GetExecutionHistory} returns it: an id, the id of
 * the event that led to it, a timestamp from the emulator's clock, a type and the type's details
 * object (for example {@code stateEnteredEventDetails} with {@code name} and {@code input}).
 *
 * <pre>{@code
 * execution.history().stream()
 *     .filter(e -> e.type() == HistoryEventType.TaskStateEntered)
 *     .map(HistoryEvent::stateName)
 *     .toList();
 * }</pre>
 *
 * @param id 1-based, in the order the events happened
 * @param previousEventId the event this one follows from, 0 for the first
 * @param timestamp when it happened, on the emulator's clock
 * @param type the AWS event type
 * @param detailsKey the name of the details field in AWS's JSON, e.g. {@code
 *     stateEnteredEventDetails}; null for events without details
 * @param details the details object, with AWS's field names; empty when there are none
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record HistoryEvent(
    long id,
    long previousEventId,
    Instant timestamp,
    HistoryEventType type,
    String detailsKey,
    ObjectNode details) {

  /** The state's name for state entered/exited events, else null. */
  public String stateName() {
    return text("name");
  }

  /** The {@code input} detail (JSON text), or null. */
  public String input() {
    return text("input");
  }

  /** The {@code output} detail (JSON text), or null. */
  public String output() {
    return text("output");
  }

  /** The {@code error} detail, or null. */
  public String error() {
    return text("error");
  }

  /** The {@code cause} detail, or null. */
  public String cause() {
    return text("cause");
  }

  private String text(String field) {
    JsonNode v = details.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
