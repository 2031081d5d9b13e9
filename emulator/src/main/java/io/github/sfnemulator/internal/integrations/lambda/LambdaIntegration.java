package io.github.sfnemulator.internal.integrations.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.integrations.sdk.AwsClients;
import io.github.sfnemulator.internal.integrations.sdk.HttpMetadata;
import io.github.sfnemulator.internal.integrations.sdk.SdkJson;
import io.github.sfnemulator.internal.integrations.sdk.SdkService;
import io.github.sfnemulator.internal.integrations.sdk.ServiceErrors;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskResponse;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;

/**
 * Lambda: {@code arn:aws:states:::lambda:invoke} (the result wraps the payload with StatusCode,
 * ExecutedVersion and HTTP metadata) and a function ARN as the Resource (the result is the payload
 * itself). A function error's {@code errorType} is the error name and the payload the cause;
 * without an errorType the error is {@code Lambda.Unknown}.
 */
public final class LambdaIntegration {
  static final ServiceErrors ERRORS =
      new ServiceErrors("Lambda", "AWSLambda", "AWSLambdaException", LambdaException.class);
  private static final String PAYLOAD = "Payload";
  private static final String UNKNOWN = "Lambda.Unknown";

  private final AwsClients clients;

  public LambdaIntegration(AwsClients clients) {
    this.clients = clients;
  }

  /** {@code arn:aws:states:::lambda:invoke} with its parameters (FunctionName, Payload...). */
  public TaskResponse invoke(JsonNode parameters) {
    JsonNode payload = parameters.get(PAYLOAD);
    JsonNode rest =
        parameters.isObject()
            ? Json.NODES.objectNode().<ObjectNode>setAll((ObjectNode) parameters).without(PAYLOAD)
            : parameters;
    InvokeRequest.Builder b = InvokeRequest.builder();
    InvokeRequest request = (InvokeRequest) SdkJson.build(b, rest, "$");
    if (payload != null && !payload.isNull()) {
      // A string Payload is sent as it is, as JSON text; anything else as its JSON.
      String text = payload.isTextual() ? payload.asText() : Json.write(payload);
      request = request.toBuilder().payload(SdkBytes.fromUtf8String(text)).build();
    }
    InvokeResponse response;
    try {
      response = client().invoke(request);
    } catch (SdkException e) {
      return ERRORS.optimized(e);
    }
    String text = response.payload() == null ? "" : response.payload().asUtf8String();
    if (response.functionError() != null) {
      return functionError(text, true);
    }
    ObjectNode result = Json.NODES.objectNode();
    if (response.executedVersion() != null) {
      result.put("ExecutedVersion", response.executedVersion());
    }
    if (response.logResult() != null) {
      result.put("LogResult", response.logResult());
    }
    result.set(PAYLOAD, parsePayload(text));
    HttpMetadata.addTo(result, response);
    result.put("StatusCode", response.statusCode());
    return TaskResponse.returning(result);
  }

  /** A function ARN as the Resource: the state's effective input is the event. */
  public TaskResponse invokeFunction(String functionArn, JsonNode input) {
    InvokeResponse response;
    try {
      response =
          client()
              .invoke(
                  InvokeRequest.builder()
                      .functionName(functionArn)
                      .payload(SdkBytes.fromUtf8String(Json.write(input)))
                      .build());
    } catch (SdkException e) {
      return ERRORS.optimized(e);
    }
    String text = response.payload() == null ? "" : response.payload().asUtf8String();
    if (response.functionError() != null) {
      return functionError(text, false);
    }
    return TaskResponse.returning(parsePayload(text));
  }

  // The optimized integration re-serializes the error payload compactly; the legacy form keeps
  // the function's own text (Python's json.dumps writes ", " and ": ").
  private static TaskResponse functionError(String text, boolean compact) {
    JsonNode parsed = tryParse(text);
    if (parsed != null && parsed.path("errorType").isTextual()) {
      return TaskResponse.throwing(
          parsed.get("errorType").asText(), compact ? Json.write(parsed) : text);
    }
    return TaskResponse.throwing(
        UNKNOWN,
        "The cause could not be determined because Lambda did not return an error type. Returned"
            + " payload: "
            + text);
  }

  private static JsonNode parsePayload(String text) {
    if (text.isEmpty()) {
      return Json.NODES.textNode("");
    }
    JsonNode parsed = tryParse(text);
    return parsed == null ? Json.NODES.textNode(text) : parsed;
  }

  private static JsonNode tryParse(String text) {
    try {
      return Json.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private LambdaClient client() {
    return clients.client(SdkService.byId("lambda"), LambdaClient.class);
  }
}
