package io.github.sfnemulator.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
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
 * <p>Immutable and thread-safe. The emulator writes the details' JSON texts (inputs, outputs) only
 * when they are first read, since most histories are never read in full.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class HistoryEvent {
  private final long id;
  private final long previousEventId;
  private final Instant timestamp;
  private final HistoryEventType type;
  private final String detailsKey;
  private volatile ObjectNode details;
  private Supplier<ObjectNode> pendingDetails;

  /**
   * @param id 1-based, in the order the events happened
   * @param previousEventId the event this one follows from, 0 for the first
   * @param timestamp when it happened, on the emulator's clock
   * @param type the AWS event type
   * @param detailsKey the name of the details field in AWS's JSON, e.g. {@code
   *     stateEnteredEventDetails}; null for events without details
   * @param details the details object, with AWS's field names; empty when there are none
   */
  public HistoryEvent(
      long id,
      long previousEventId,
      Instant timestamp,
      HistoryEventType type,
      String detailsKey,
      ObjectNode details) {
    this(
        id,
        previousEventId,
        timestamp,
        type,
        detailsKey,
        Objects.requireNonNull(details, "details"),
        null);
  }

  private HistoryEvent(
      long id,
      long previousEventId,
      Instant timestamp,
      HistoryEventType type,
      String detailsKey,
      ObjectNode details,
      Supplier<ObjectNode> pendingDetails) {
    this.id = id;
    this.previousEventId = previousEventId;
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    this.type = Objects.requireNonNull(type, "type");
    this.detailsKey = detailsKey;
    if (details != null) {
      // a volatile write costs a fence: lazy events, most of them, skip it
      this.details = details;
    }
    this.pendingDetails = pendingDetails;
  }

  /** An event whose details are built by {@code details} when first read (the interpreter's). */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public static HistoryEvent withLazyDetails(
      long id,
      long previousEventId,
      Instant timestamp,
      HistoryEventType type,
      String detailsKey,
      Supplier<ObjectNode> details) {
    return new HistoryEvent(
        id, previousEventId, timestamp, type, detailsKey, null, Objects.requireNonNull(details));
  }

  /** 1-based, in the order the events happened. */
  public long id() {
    return id;
  }

  /** The event this one follows from, 0 for the first. */
  public long previousEventId() {
    return previousEventId;
  }

  /** When it happened, on the emulator's clock. */
  public Instant timestamp() {
    return timestamp;
  }

  /** The AWS event type. */
  public HistoryEventType type() {
    return type;
  }

  /** The details field's name in AWS's JSON (e.g. {@code stateEnteredEventDetails}), or null. */
  public String detailsKey() {
    return detailsKey;
  }

  /** The details object, with AWS's field names; empty when there are none. */
  public ObjectNode details() {
    ObjectNode d = details;
    if (d == null) {
      synchronized (this) {
        if (details == null) {
          details = pendingDetails.get();
          pendingDetails = null;
        }
        d = details;
      }
    }
    return d;
  }

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
    JsonNode v = details().get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HistoryEvent e
        && id == e.id
        && previousEventId == e.previousEventId
        && timestamp.equals(e.timestamp)
        && type == e.type
        && Objects.equals(detailsKey, e.detailsKey)
        && details().equals(e.details());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, previousEventId, timestamp, type, detailsKey, details());
  }

  @Override
  public String toString() {
    return "HistoryEvent[id="
        + id
        + ", previousEventId="
        + previousEventId
        + ", timestamp="
        + timestamp
        + ", type="
        + type
        + ", detailsKey="
        + detailsKey
        + ", details="
        + details()
        + "]";
  }
}
