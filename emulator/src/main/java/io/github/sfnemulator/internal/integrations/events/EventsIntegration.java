package io.github.sfnemulator.internal.integrations.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.integrations.sdk.AwsClients;
import io.github.sfnemulator.internal.integrations.sdk.OptimizedCall;
import io.github.sfnemulator.internal.integrations.sdk.SdkService;
import io.github.sfnemulator.internal.integrations.sdk.ServiceErrors;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;

/**
 * {@code arn:aws:states:::events:putEvents}: a JSON {@code Detail} is sent as its text; the result
 * is the response without HTTP metadata; errors are {@code EventBridge.<Exception>} with v1 causes.
 * A response with failed entries fails the task with {@code EventBridge.FailedEntry} and the
 * response as the cause, as Step Functions does.
 */
public final class EventsIntegration {
  static final ServiceErrors ERRORS =
      new ServiceErrors(
          "EventBridge",
          "AmazonEventBridge",
          "AmazonEventBridgeException",
          EventBridgeException.class);

  private final OptimizedCall call;

  public EventsIntegration(AwsClients clients) {
    this.call = new OptimizedCall(clients, SdkService.byId("eventbridge"), ERRORS);
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
    TaskResponse response = call.call(action, parameters, false);
    if (!(response instanceof TaskResponse.Return r)) {
      return response;
    }
    ObjectNode result = entriesFirst((ObjectNode) r.result());
    if (result.path("FailedEntryCount").asInt(0) > 0) {
      return TaskResponse.throwing("EventBridge.FailedEntry", Json.write(result));
    }
    return TaskResponse.returning(result);
  }

  // The SDK model lists FailedEntryCount first; Step Functions' causes list Entries first.
  private static ObjectNode entriesFirst(ObjectNode result) {
    ObjectNode out = Json.NODES.objectNode();
    if (result.has("Entries")) {
      out.set("Entries", result.get("Entries"));
    }
    return out.setAll(result);
  }
}
