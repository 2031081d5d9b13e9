package io.github.sfnemulator.internal.integrations.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.integrations.sdk.JsonProtocolClient;
import io.github.sfnemulator.internal.integrations.sdk.JsonProtocolException;
import io.github.sfnemulator.internal.integrations.sdk.JsonProtocolService;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code arn:aws:states:::events:putEvents}, over EventBridge's JSON protocol (no SDK v2 jar in the
 * mirror). A JSON {@code Detail} is sent as its text. The result is the response body without HTTP
 * metadata; a response with failed entries fails the task with {@code EventBridge.FailedEntry} and
 * the response as the cause, as Step Functions does.
 */
public final class EventsIntegration {
  private final JsonProtocolClient client;

  public EventsIntegration(JsonProtocolClient client) {
    this.client = client;
  }

  public TaskResponse call(String action, JsonNode parameters) {
    if (!action.equals("putEvents")) {
      throw new StatesException(
          StatesErrors.RUNTIME,
          "The optimized EventBridge integration has no action '"
              + action
              + "' (it has putEvents). Use arn:aws:states:::aws-sdk:eventbridge:"
              + action
              + " instead.");
    }
    JsonNode result;
    try {
      result = client.call(JsonProtocolService.EVENTBRIDGE, action, withTextDetails(parameters));
    } catch (JsonProtocolException e) {
      if (e.status() == 0) {
        return TaskResponse.throwing("EventBridge.SdkClientException", e.errorMessage());
      }
      return TaskResponse.throwing(
          "EventBridge." + e.exceptionName(),
          e.errorMessage()
              + " (Service: AmazonEventBridge; Status Code: "
              + e.status()
              + "; Error Code: "
              + e.code()
              + "; Request ID: "
              + e.requestId()
              + "; Proxy: null)");
    }
    if (result.path("FailedEntryCount").asInt(0) > 0) {
      return TaskResponse.throwing("EventBridge.FailedEntry", Json.write(result));
    }
    return TaskResponse.returning(result);
  }

  private static JsonNode withTextDetails(JsonNode parameters) {
    JsonNode entries = parameters.path("Entries");
    if (!entries.isArray()) {
      return parameters;
    }
    ArrayNode copy = Json.NODES.arrayNode();
    for (JsonNode entry : entries) {
      JsonNode detail = entry.get("Detail");
      if (detail != null && !detail.isTextual() && !detail.isNull()) {
        ObjectNode e = Json.NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          e.set(f.getKey(), f.getValue());
        }
        e.put("Detail", Json.write(detail));
        copy.add(e);
      } else {
        copy.add(entry);
      }
    }
    ObjectNode out = Json.NODES.objectNode().<ObjectNode>setAll((ObjectNode) parameters);
    out.set("Entries", copy);
    return out;
  }
}
