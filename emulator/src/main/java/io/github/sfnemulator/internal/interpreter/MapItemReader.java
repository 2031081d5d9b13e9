package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.MapState;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A distributed Map's ItemReader: calls its resource through the Task responder ({@code
 * s3:getObject} answers the object's text, or {@code {"Body": text}}; {@code s3:listObjectsV2}
 * answers {@code {"Contents": [...]}}) and turns the answer into items per ReaderConfig.
 */
final class MapItemReader {
  private MapItemReader() {}

  static MapItemList read(Fiber f, MapState s, StateScope scope) {
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
      throw failed(
          "The ItemReader's "
              + reader.resource()
              + " call failed with "
              + t.error()
              + ": "
              + t.cause());
    }
    if (!(response instanceof TaskResponse.Return r)) {
      throw failed("The ItemReader's " + reader.resource() + " call timed out.");
    }
    return items(reader, r.result()).limit(maxItems);
  }

  private static MapItemList items(MapState.ItemReader reader, JsonNode result) {
    if (reader.resource().endsWith("listObjectsV2")) {
      JsonNode contents = result.path("Contents");
      return MapItemList.of(contents.isArray() ? (ArrayNode) contents : Json.NODES.arrayNode());
    }
    String body = result.isTextual() ? result.textValue() : result.path("Body").asText(null);
    if (body == null) {
      throw failed(
          "The ItemReader's "
              + reader.resource()
              + " call answered no object body: "
              + Json.write(result));
    }
    String type = reader.readerConfig().path("InputType").asText("JSON");
    return switch (type) {
      case "JSON" -> TextItems.jsonArray(body);
      case "JSONL" -> TextItems.jsonLines(body);
      case "CSV" -> csv(body, reader.readerConfig());
      default ->
          throw failed(
              "ReaderConfig.InputType '" + type + "' is not supported; use JSON, JSONL or CSV.");
    };
  }

  private static MapItemList csv(String body, JsonNode config) {
    char delimiter =
        switch (config.path("CSVDelimiter").asText("COMMA")) {
          case "PIPE" -> '|';
          case "SEMICOLON" -> ';';
          case "SPACE" -> ' ';
          case "TAB" -> '\t';
          default -> ',';
        };
    List<String> headers = null;
    if ("GIVEN".equals(config.path("CSVHeaderLocation").asText("FIRST_ROW"))) {
      headers = new ArrayList<>();
      for (JsonNode h : config.path("CSVHeaders")) {
        headers.add(h.asText());
      }
    }
    return TextItems.csv(body, delimiter, headers);
  }

  private static TaskFailure failed(String cause) {
    return TextItems.failed(cause);
  }
}
