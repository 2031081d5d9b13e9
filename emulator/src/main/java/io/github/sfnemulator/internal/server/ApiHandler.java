package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Serves the AWS JSON 1.0 protocol: {@code POST /} with {@code X-Amz-Target:
 * AWSStepFunctions.<Operation>} and a JSON body; answers a JSON body or an error body with
 * {@code __type} and {@code message}. The Host header is not looked at, so the {@code sync-} prefix
 * the SDK puts before StartSyncExecution and TestState hosts does no harm once it resolves.
 */
public final class ApiHandler implements HttpHandler {
  static final String TARGET_PREFIX = "AWSStepFunctions.";
  private static final long DISCARD_LIMIT = 64L * 1024 * 1024;
  private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  private final Map<String, Operation> operations;
  private final int maxRequestBytes;

  ApiHandler(Map<String, Operation> operations, int maxRequestBytes) {
    this.operations = Map.copyOf(operations);
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Response response;
      try {
        response = new Response(200, dispatch(exchange));
      } catch (SfnApiException e) {
        response = ErrorResponses.of(e);
      } catch (RuntimeException e) {
        response = ErrorResponses.of(e);
      }
      send(exchange, response);
    }
  }

  private JsonNode dispatch(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    Operation operation =
        target != null && target.startsWith(TARGET_PREFIX)
            ? operations.get(target.substring(TARGET_PREFIX.length()))
            : null;
    if (!"POST".equals(exchange.getRequestMethod()) || operation == null) {
      throw new SfnApiException(
          "UnknownOperationException",
          "Unknown operation: '"
              + target
              + "'. Send POST / with X-Amz-Target: AWSStepFunctions.<Operation>.");
    }
    return operation.call(new ApiRequest(body(exchange)));
  }

  private ObjectNode body(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxRequestBytes) {
      discard(in);
      throw ErrorResponses.tooLarge(maxRequestBytes);
    }
    byte[] bytes = in.readNBytes(maxRequestBytes + 1);
    if (bytes.length > maxRequestBytes) {
      discard(in);
      throw ErrorResponses.tooLarge(maxRequestBytes);
    }
    if (bytes.length == 0) {
      return Json.NODES.objectNode();
    }
    JsonNode parsed;
    try {
      parsed = Json.parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw new SfnApiException(
          "ValidationException", "The request body is not valid JSON. Send a JSON object.");
    }
    if (!parsed.isObject()) {
      throw new SfnApiException(
          "ValidationException", "The request body must be a JSON object, not " + parsed.getNodeType() + ".");
    }
    return (ObjectNode) parsed;
  }

  /**
   * Reads what is left of an oversized body (up to a bound) so that the client, still sending,
   * receives the 413 instead of a connection reset.
   */
  private static void discard(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = DISCARD_LIMIT;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    byte[] bytes = Json.write(response.body()).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
    exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
    if (response.body().has("__type")) {
      exchange.getResponseHeaders().set("x-amzn-ErrorType", response.body().get("__type").asText());
    }
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  record Response(int status, JsonNode body) {}
}
