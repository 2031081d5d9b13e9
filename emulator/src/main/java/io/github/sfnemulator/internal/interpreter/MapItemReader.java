package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.MapState;
import io.github.sfnemulator.internal.query.jsonata.JsonType;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;

/**
 * A distributed Map's ItemReader: calls its resource through the Task responder ({@code
 * s3:getObject} answers the object's text, or {@code {"Body": text}}; {@code s3:listObjectsV2}
 * answers {@code {"Contents": [...]}}) and turns the answer into items per ReaderConfig.
 */
final class MapItemReader {
  private MapItemReader() {}

  static ArrayNode read(Fiber f, MapState s, StateScope scope) {
    MapState.ItemReader reader = s.itemReader();
    JsonNode parameters =
        reader.parameters() == null ? Json.NODES.objectNode() : reader.parameters().evaluate(scope);
    long maxItems = IntegerFields.evaluate(reader.maxItems(), scope, Long.MAX_VALUE);
    TaskCall call =
        new TaskCall(
            f.run.info.executionArn(),
            s.name(),
            reader.resource(),
            parameters,
            f.run.nextInvocation(s.name()),
            null);
    TaskResponse response = f.run.respond(call).response();
    if (response instanceof TaskResponse.Throw t) {
      throw failed("The ItemReader's " + reader.resource() + " call failed with " + t.error() + ": " + t.cause());
    }
    if (!(response instanceof TaskResponse.Return r)) {
      throw failed("The ItemReader's " + reader.resource() + " call timed out.");
    }
    ArrayNode items = items(reader, r.result());
    if (items.size() <= maxItems) {
      return items;
    }
    ArrayNode limited = Json.NODES.arrayNode();
    for (int i = 0; i < maxItems; i++) {
      limited.add(items.get(i));
    }
    return limited;
  }

  private static ArrayNode items(MapState.ItemReader reader, JsonNode result) {
    if (reader.resource().endsWith("listObjectsV2")) {
      JsonNode contents = result.path("Contents");
      return contents.isArray() ? (ArrayNode) contents : Json.NODES.arrayNode();
    }
    String body = result.isTextual() ? result.textValue() : result.path("Body").asText(null);
    if (body == null) {
      throw failed("The ItemReader's " + reader.resource() + " call answered no object body: " + Json.write(result));
    }
    String type = reader.readerConfig().path("InputType").asText("JSON");
    return switch (type) {
      case "JSON" -> json(body);
      case "JSONL" -> jsonLines(body);
      case "CSV" -> csv(body, reader.readerConfig());
      default -> throw failed("ReaderConfig.InputType '" + type + "' is not supported; use JSON, JSONL or CSV.");
    };
  }

  private static ArrayNode json(String body) {
    JsonNode parsed;
    try {
      parsed = Json.parse(body);
    } catch (RuntimeException e) {
      throw failed("The object is not valid JSON.");
    }
    if (!(parsed instanceof ArrayNode array)) {
      throw failed("The JSON object must hold an array of items, not " + JsonType.of(parsed).awsName() + ".");
    }
    return array;
  }

  private static ArrayNode jsonLines(String body) {
    ArrayNode items = Json.NODES.arrayNode();
    int line = 0;
    for (String text : body.split("\r?\n")) {
      line++;
      if (!text.isBlank()) {
        try {
          items.add(Json.parse(text));
        } catch (RuntimeException e) {
          throw failed("Line " + line + " of the JSONL object is not valid JSON.");
        }
      }
    }
    return items;
  }

  private static ArrayNode csv(String body, JsonNode config) {
    char delimiter =
        switch (config.path("CSVDelimiter").asText("COMMA")) {
          case "PIPE" -> '|';
          case "SEMICOLON" -> ';';
          case "SPACE" -> ' ';
          case "TAB" -> '\t';
          default -> ',';
        };
    List<List<String>> rows = Csv.parse(body, delimiter);
    List<String> headers;
    int first = 0;
    if ("GIVEN".equals(config.path("CSVHeaderLocation").asText("FIRST_ROW"))) {
      headers = new java.util.ArrayList<>();
      config.path("CSVHeaders").forEach(h -> headers.add(h.asText()));
    } else {
      if (rows.isEmpty()) {
        return Json.NODES.arrayNode();
      }
      headers = rows.get(0);
      first = 1;
    }
    ArrayNode items = Json.NODES.arrayNode();
    for (int r = first; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      ObjectNode item = Json.NODES.objectNode();
      for (int c = 0; c < headers.size(); c++) {
        item.put(headers.get(c), c < row.size() ? row.get(c) : "");
      }
      items.add(item);
    }
    return items;
  }

  private static TaskFailure failed(String cause) {
    return new TaskFailure(StatesErrors.ITEM_READER_FAILED, cause);
  }
}
