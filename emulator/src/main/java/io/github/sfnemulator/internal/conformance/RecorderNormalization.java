package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the corpus's recorder did to a recorded history before storing it (conformance README,
 * "Comparing"), applied to an execution recorded elsewhere so that it compares by the same rules:
 * JSON text starting with '{' is parsed, ISO-8601 timestamps in strings become {@code date}, and
 * the values no replay can repeat become placeholders: a {@code .waitForTaskToken} call's task
 * token (the fields the definition fills from {@code $$.Task.Token}) and a Map Run's id.
 */
final class RecorderNormalization {
  static final String TASK_TOKEN = "<task_token>";
  private static final Pattern MAP_RUN_ID = Pattern.compile("(:mapRun:[^:]+:)[^:\"]+$");

  private final Set<String> taskTokenFields;

  RecorderNormalization(JsonNode definition) {
    this.taskTokenFields = new HashSet<>();
    collectTaskTokenFields(definition, taskTokenFields);
  }

  /** A recorded event (wire shape) as the recorder would have stored it. */
  ObjectNode event(ObjectNode event) {
    ObjectNode out = Json.NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      out.set(
          f.getKey(),
          f.getKey().equals("timestamp")
              ? Json.NODES.textNode("timestamp")
              : value(f.getValue(), true));
    }
    String type = out.path("type").asText();
    JsonNode scheduled = out.path("taskScheduledEventDetails");
    if (type.equals("TaskScheduled")
        && scheduled.path("resource").asText().endsWith(".waitForTaskToken")) {
      ((ObjectNode) scheduled).set("parameters", taskTokens(scheduled.get("parameters")));
    }
    JsonNode mapRun = out.path("mapRunStartedEventDetails");
    if (mapRun.has("mapRunArn")) {
      ((ObjectNode) mapRun)
          .put(
              "mapRunArn",
              MAP_RUN_ID.matcher(mapRun.get("mapRunArn").asText()).replaceAll("$1<map_run_id>"));
    }
    return out;
  }

  /** A recorded JSON value (already parsed): timestamps inside its strings become {@code date}. */
  JsonNode value(JsonNode parsed) {
    return value(parsed, false);
  }

  /** A recorded Task request of a resource, as the recorder would have stored it. */
  JsonNode request(JsonNode parameters, String resource) {
    JsonNode normalized = value(parameters, false);
    return resource != null && resource.endsWith(".waitForTaskToken")
        ? taskTokens(normalized)
        : normalized;
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
      return Json.NODES.textNode(
          JsonMatcher.TIMESTAMP.matcher(node.textValue()).replaceAll("date"));
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

  private JsonNode taskTokens(JsonNode node) {
    if (node == null || !node.isContainerNode()) {
      return node;
    }
    JsonNode out = node.deepCopy();
    replaceTokens(out);
    return out;
  }

  private void replaceTokens(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (taskTokenFields.contains(f.getKey()) && f.getValue().isTextual()) {
          f.setValue(Json.NODES.textNode(TASK_TOKEN));
        } else {
          replaceTokens(f.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(this::replaceTokens);
    }
  }

  private static void collectTaskTokenFields(JsonNode node, Set<String> out) {
    if (node == null) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String text = f.getValue().isTextual() ? f.getValue().textValue() : "";
      if (f.getKey().endsWith(".$") && text.equals("$$.Task.Token")) {
        out.add(f.getKey().substring(0, f.getKey().length() - 2));
      } else if (text.startsWith("{%") && text.contains("$states.context.Task.Token")) {
        out.add(f.getKey());
      }
      collectTaskTokenFields(f.getValue(), out);
    }
    if (node.isArray()) {
      node.forEach(e -> collectTaskTokenFields(e, out));
    }
  }
}
