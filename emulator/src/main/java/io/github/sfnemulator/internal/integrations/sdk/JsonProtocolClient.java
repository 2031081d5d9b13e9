package io.github.sfnemulator.internal.integrations.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Calls JSON-protocol services directly: a SigV4-signed POST with {@code X-Amz-Target}, parameters
 * as the body. aws-sdk errors copy the SDK v2 message format, attempt count included (the SDK
 * clients here never retry). Thread-safe.
 */
public final class JsonProtocolClient {
  private final AwsClients clients;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  public JsonProtocolClient(AwsClients clients) {
    this.clients = clients;
  }

  /** The aws-sdk integration's result or error for {@code action} of {@code service}. */
  public TaskResponse callAwsSdk(JsonProtocolService service, String action, JsonNode parameters) {
    try {
      return TaskResponse.returning(call(service, action, parameters));
    } catch (JsonProtocolException e) {
      if (e.status() == 0) {
        return new TaskResponse.Throw(
            service.errorPrefix() + ".SdkClientException", e.errorMessage());
      }
      return new TaskResponse.Throw(
          service.errorPrefix() + "." + e.exceptionName(),
          e.errorMessage()
              + " (Service: "
              + service.errorPrefix()
              + ", Status Code: "
              + e.status()
              + ", Request ID: "
              + e.requestId()
              + ") (SDK Attempt Count: 1)");
    }
  }

  /** The response body of {@code action} (camelCase or PascalCase), or the service's error. */
  public JsonNode call(JsonProtocolService service, String action, JsonNode parameters)
      throws JsonProtocolException {
    BackendSettings s = clients.settings();
    URI endpoint = s.endpointFor(service.id());
    if (endpoint == null) {
      endpoint =
          URI.create("https://" + service.signingName() + "." + s.region() + ".amazonaws.com");
    }
    String operation = Character.toUpperCase(action.charAt(0)) + action.substring(1);
    byte[] body =
        Json.write(parameters == null || parameters.isNull() ? Json.NODES.objectNode() : parameters)
            .getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(endpoint.resolve("/"))
            .putHeader("Content-Type", "application/x-amz-json-" + service.jsonVersion())
            .putHeader("X-Amz-Target", service.targetPrefix() + "." + operation)
            .putHeader("Content-Length", String.valueOf(body.length))
            .build();
    SignedRequest signed =
        signer.sign(
            r ->
                r.request(request)
                    .payload(ContentStreamProvider.fromByteArray(body))
                    .identity(AwsCredentialsIdentity.create(s.accessKeyId(), s.secretAccessKey()))
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service.signingName())
                    .putProperty(AwsV4HttpSigner.REGION_NAME, s.region()));
    HttpExecuteResponse response;
    String text;
    try {
      response =
          clients
              .http()
              .prepareRequest(
                  HttpExecuteRequest.builder()
                      .request(signed.request())
                      .contentStreamProvider(signed.payload().orElse(null))
                      .build())
              .call();
      text = read(response);
    } catch (IOException | UncheckedIOException e) {
      throw new JsonProtocolException(0, "SdkClientException", ServiceErrors.clientCause(e), null);
    }
    int status = response.httpResponse().statusCode();
    String requestId = response.httpResponse().firstMatchingHeader("x-amzn-RequestId").orElse(null);
    JsonNode json = text.isBlank() ? Json.NODES.objectNode() : Json.parse(text);
    if (status / 100 == 2) {
      return json;
    }
    throw new JsonProtocolException(status, errorCode(json, response), message(json), requestId);
  }

  private static String read(HttpExecuteResponse response) throws IOException {
    if (response.responseBody().isEmpty()) {
      return "";
    }
    try (InputStream in = response.responseBody().get()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String errorCode(JsonNode json, HttpExecuteResponse response) {
    String type =
        json.hasNonNull("__type")
            ? json.get("__type").asText()
            : response.httpResponse().firstMatchingHeader("x-amzn-ErrorType").orElse("Unknown");
    type = type.substring(type.lastIndexOf('#') + 1);
    int colon = type.indexOf(':');
    return colon < 0 ? type : type.substring(0, colon);
  }

  private static String message(JsonNode json) {
    for (String key : new String[] {"message", "Message", "errorMessage"}) {
      if (json.hasNonNull(key)) {
        return json.get(key).asText();
      }
    }
    return null;
  }
}
