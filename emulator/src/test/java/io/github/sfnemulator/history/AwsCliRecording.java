package io.github.sfnemulator.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case of the conformance corpus turned back into what the AWS CLI v2 prints for a real
 * execution: {@code get-execution-history} ({"events": [...]}, the API's camelCase event types and
 * {@code *EventDetails} objects, JSON payloads as text, timestamps as ISO-8601 text with
 * microseconds and an offset, as the CLI formats the API's epoch seconds) and {@code
 * describe-execution}. The recorder's placeholders become concrete values (account 123456789012,
 * region us-east-1, a UUID per {@code <uuid:N>}), as they were before recording. See the API
 * reference's HistoryEvent
 * (https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html) and the
 * CLI's get-execution-history page.
 */
record AwsCliRecording(String definition, String historyJson, String describeJson) {
  static final String EXECUTION_ARN =
      "arn:aws:states:us-east-1:123456789012:execution:OrderFlow:order-42";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PLACEHOLDER =
      Pattern.compile("<([A-Za-z_][A-Za-z0-9_\\-]*)(?::(\\d+))?>");
  private static final DateTimeFormatter CLI_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);
  private static final Instant START = Instant.parse("2025-03-14T09:26:53.589Z");

  static AwsCliRecording of(Path caseFile) {
    try {
      JsonNode c = JSON.readTree(Files.readString(caseFile));
      ArrayNode events = NODES.arrayNode();
      int second = 0;
      for (JsonNode recorded : c.path("expected").path("history")) {
        ObjectNode event = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          if (f.getKey().equals("timestamp")) {
            event.put("timestamp", CLI_TIME.format(START.plusMillis(137L * second++)));
          } else if (f.getKey().endsWith("EventDetails")) {
            event.set(f.getKey(), details(f.getValue()));
          } else {
            event.set(f.getKey(), f.getValue());
          }
        }
        events.add(event);
      }
      String history =
          JSON.writerWithDefaultPrettyPrinter()
              .writeValueAsString(NODES.objectNode().set("events", events));
      ObjectNode describe =
          NODES
              .objectNode()
              .put("executionArn", EXECUTION_ARN)
              .put(
                  "stateMachineArn", "arn:aws:states:us-east-1:123456789012:stateMachine:OrderFlow")
              .put("name", "order-42")
              .put("status", c.path("expected").path("status").asText())
              .put("startDate", CLI_TIME.format(START))
              .put(
                  "input",
                  details(
                          c.path("expected")
                              .path("history")
                              .path(0)
                              .path("executionStartedEventDetails"))
                      .path("input")
                      .asText());
      describe.putObject("inputDetails").put("included", true);
      return new AwsCliRecording(
          concrete(JSON.writeValueAsString(c.get("definition"))),
          history,
          JSON.writeValueAsString(describe));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Details as the API returns them: payloads are JSON text, nested *Details stay objects. */
  private static ObjectNode details(JsonNode recorded) throws IOException {
    ObjectNode out = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      if (f.getKey().endsWith("Details") || f.getKey().equals("assignedVariables")) {
        out.set(f.getKey(), v.isObject() ? texts(v) : v);
      } else if (v.isContainerNode()) {
        out.put(f.getKey(), concrete(JSON.writeValueAsString(v)));
      } else if (v.isTextual()) {
        out.put(f.getKey(), concrete(v.textValue()));
      } else {
        out.set(f.getKey(), v);
      }
    }
    return out;
  }

  private static ObjectNode texts(JsonNode object) throws IOException {
    ObjectNode out = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      out.set(
          f.getKey(),
          f.getValue().isContainerNode()
              ? NODES.textNode(concrete(JSON.writeValueAsString(f.getValue())))
              : f.getValue());
    }
    return out;
  }

  /** What a placeholder stood for; the account and role as a real recording names them. */
  static String concrete(String text) {
    if (text.equals("snf_role_arn")) {
      return "arn:aws:iam::123456789012:role/OrderFlowRole";
    }
    Matcher m = PLACEHOLDER.matcher(text.replace("111111111111", "123456789012"));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "partition" -> "aws";
            case "region" -> "us-east-1";
            case "uuid" -> UUID.nameUUIDFromBytes(m.group(2).getBytes()).toString();
            default -> m.group(1).replace('_', '-');
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
