package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the corpus's recorder did to a recorded history before storing it (conformance README,
 * "Comparing"), applied to an execution recorded elsewhere so that it compares by the same rules:
 * JSON text starting with '{' is parsed, ISO-8601 timestamps in strings become {@code date}, and
 * a Map Run's id, which no replay can repeat, becomes a placeholder.
 */
final class RecorderNormalization {
  private static final Pattern MAP_RUN_ID = Pattern.compile("(:mapRun:[^:]+:)[^:\"]+$");

  private RecorderNormalization() {}

  /** A recorded event (wire shape) as the recorder would have stored it. */
  static ObjectNode event(ObjectNode event) {
    ObjectNode out = Json.NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      out.set(f.getKey(), f.getKey().equals("timestamp") ? Json.NODES.textNode("timestamp") : value(f.getValue(), true));
    }
    JsonNode mapRun = out.path("mapRunStartedEventDetails");
    if (mapRun.has("mapRunArn")) {
      ((ObjectNode) mapRun)
          .put("mapRunArn", MAP_RUN_ID.matcher(mapRun.get("mapRunArn").asText()).replaceAll("$1<map_run_id>"));
    }
    return out;
  }

  /** A recorded JSON value (already parsed): timestamps inside its strings become {@code date}. */
  static JsonNode value(JsonNode parsed) {
    return value(parsed, false);
  }

  /**
   * Texts that start with '{' are parsed (not again inside what they hold, as the comparison's
   * actual side), and timestamps inside strings become {@code date}.
   */
  private static JsonNode value(JsonNode node, boolean parseTexts) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      if (parseTexts && node.textValue().startsWith("{")) {
        try {
          return value(Json.parse(node.textValue()), false);
        } catch (RuntimeException notJson) {
          // kept as text, as the recorder kept it
        }
      }
      return Json.NODES.textNode(JsonMatcher.TIMESTAMP.matcher(node.textValue()).replaceAll("date"));
    }
    if (node.isObject()) {
      ObjectNode out = Json.NODES.objectNode();
      node.fields().forEachRemaining(f -> out.set(f.getKey(), value(f.getValue(), parseTexts)));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Json.NODES.arrayNode();
      node.forEach(e -> out.add(value(e, parseTexts)));
      return out;
    }
    return node;
  }
}
