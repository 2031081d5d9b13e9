package io.github.sfnemulator.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;

/**
 * Turns the SDK's history events back into the emulator's, field by field through the SDK's own
 * metadata: each details member keeps its JSON name ({@code stateEnteredEventDetails}) and AWS's
 * field names, so the events read as the emulator's own.
 */
public final class SdkHistoryEvents {
  private SdkHistoryEvents() {}

  /** Every event of the execution, oldest first, reading all pages. */
  public static List<HistoryEvent> read(SfnClient sfn, String executionArn) {
    List<software.amazon.awssdk.services.sfn.model.HistoryEvent> events = new ArrayList<>();
    GetExecutionHistoryRequest request =
        GetExecutionHistoryRequest.builder().executionArn(executionArn).maxResults(1000).build();
    sfn.getExecutionHistoryPaginator(request).forEach(page -> events.addAll(page.events()));
    return convert(events);
  }

  /**
   * The events in the emulator's model. Event types the emulator does not know (newer than it) are
   * left out, and the events that followed from them are linked to the event before, so the chains
   * of {@code previousEventId} stay whole.
   */
  public static List<HistoryEvent> convert(
      List<software.amazon.awssdk.services.sfn.model.HistoryEvent> events) {
    Map<Long, Long> skipped = new HashMap<>();
    List<HistoryEvent> out = new ArrayList<>(events.size());
    for (software.amazon.awssdk.services.sfn.model.HistoryEvent e : events) {
      long previous = e.previousEventId() == null ? 0 : e.previousEventId();
      while (skipped.containsKey(previous)) {
        previous = skipped.get(previous);
      }
      HistoryEventType type = type(e.typeAsString());
      if (type == null) {
        skipped.put(e.id(), previous);
        continue;
      }
      String detailsKey = null;
      ObjectNode details = Json.NODES.objectNode();
      for (SdkField<?> field : e.sdkFields()) {
        Object value = field.getValueOrDefault(e);
        if (value instanceof SdkPojo pojo) {
          detailsKey = field.locationName();
          details = object(pojo);
        }
      }
      out.add(new HistoryEvent(e.id(), previous, e.timestamp(), type, detailsKey, details));
    }
    return out;
  }

  private static HistoryEventType type(String name) {
    try {
      return name == null ? null : HistoryEventType.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static ObjectNode object(SdkPojo pojo) {
    ObjectNode out = Json.NODES.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      // The SDK stands in empty auto-construct collections for members the response left out.
      if (value != null
          && !(value instanceof SdkAutoConstructList<?>)
          && !(value instanceof SdkAutoConstructMap<?, ?>)) {
        out.set(field.locationName(), json(value));
      }
    }
    return out;
  }

  private static JsonNode json(Object value) {
    if (value instanceof SdkPojo pojo) {
      return object(pojo);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = Json.NODES.arrayNode();
      list.forEach(v -> array.add(json(v)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = Json.NODES.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), json(v)));
      return object;
    }
    if (value instanceof Boolean b) {
      return Json.NODES.booleanNode(b);
    }
    if (value instanceof Long l) {
      return Json.NODES.numberNode(l);
    }
    if (value instanceof Integer i) {
      return Json.NODES.numberNode(i);
    }
    if (value instanceof Number n) {
      return Json.NODES.numberNode(new BigDecimal(n.toString()));
    }
    if (value instanceof Instant t) {
      return Json.NODES.textNode(t.toString());
    }
    if (value instanceof SdkBytes bytes) {
      return Json.NODES.textNode(bytes.asUtf8String());
    }
    return Json.NODES.textNode(value.toString());
  }
}
