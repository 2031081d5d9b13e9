package io.github.sfnemulator.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.server.HistoryEventJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * An execution's history as JSON, in the shape of {@code GetExecutionHistory}'s answer: {@code
 * {"events": [{"id": 1, "previousEventId": 0, "timestamp": ..., "type": "ExecutionStarted",
 * "executionStartedEventDetails": {...}}, ...]}}. Reads what the AWS API and the AWS CLI's {@code
 * get-execution-history} print (timestamps as epoch seconds or ISO-8601 text), a bare array of
 * events too; event types this version does not know are left out.
 *
 * <pre>{@code
 * Files.writeString(Path.of("run.history.json"), HistoryJson.write(execution.history()));
 * List<HistoryEvent> events = HistoryJson.read(Files.readString(Path.of("run.history.json")));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HistoryJson {
  private HistoryJson() {}

  /**
   * The events of a history JSON text.
   *
   * @throws IllegalArgumentException naming what is wrong when the text is not a history
   */
  public static List<HistoryEvent> read(String json) {
    JsonNode tree;
    try {
      tree = Json.parse(json);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("The history is not JSON: " + e.getMessage(), e);
    }
    JsonNode events = tree.isArray() ? tree : tree.get("events");
    if (events == null || !events.isArray()) {
      throw new IllegalArgumentException(
          "The history has no \"events\" array. Give GetExecutionHistory's answer, e.g. the output of"
              + " 'aws stepfunctions get-execution-history'.");
    }
    List<HistoryEvent> out = new ArrayList<>();
    // Events of unknown types are left out; those that followed them link to the event before.
    Map<Long, Long> skipped = new HashMap<>();
    for (JsonNode e : events) {
      long previous = e.path("previousEventId").asLong();
      while (skipped.containsKey(previous)) {
        previous = skipped.get(previous);
      }
      HistoryEventType type = type(e.path("type").asText());
      if (type == null) {
        skipped.put(e.path("id").asLong(), previous);
        continue;
      }
      String detailsKey = null;
      ObjectNode details = Json.NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (f.getKey().endsWith("EventDetails") && f.getValue().isObject()) {
          detailsKey = f.getKey();
          details = (ObjectNode) f.getValue();
        }
      }
      out.add(
          new HistoryEvent(
              e.path("id").asLong(),
              previous,
              timestamp(e.get("timestamp"), e.path("id").asLong()),
              type,
              detailsKey,
              details));
    }
    return out;
  }

  /** The events as GetExecutionHistory's JSON answer, timestamps as epoch seconds. */
  public static String write(List<HistoryEvent> history) {
    ObjectNode root = Json.NODES.objectNode();
    ArrayNode events = root.putArray("events");
    for (HistoryEvent e : history) {
      events.add(HistoryEventJson.event(e, true)); // as GetExecutionHistory writes it on the wire
    }
    return Json.write(root);
  }

  private static Instant timestamp(JsonNode value, long id) {
    if (value == null || value.isNull()) {
      return Instant.EPOCH;
    }
    if (value.isNumber()) {
      java.math.BigDecimal seconds = value.decimalValue();
      return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
    }
    try {
      return Instant.parse(value.asText());
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(value.asText()).toInstant();
      } catch (DateTimeParseException again) {
        throw new IllegalArgumentException(
            "Event "
                + id
                + " has timestamp '"
                + value.asText()
                + "': give epoch seconds or ISO-8601.");
      }
    }
  }

  private static HistoryEventType type(String name) {
    try {
      return HistoryEventType.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
