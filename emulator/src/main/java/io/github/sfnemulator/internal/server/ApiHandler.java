package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the AWS JSON 1.0 protocol: {@code POST /} with {@code X-Amz-Target:
 * AWSStepFunctions.<Operation>} and a JSON body; answers a JSON body or an error body with {@code
 * __type} and {@code message}. Every request gets a reply, whatever the operation throws. The Host
 * header is not looked at, so the {@code sync-} prefix the SDK puts before StartSyncExecution and
 * TestState hosts does no harm once it resolves.
 */
public final class ApiHandler extends Handler.Abstract {
  static final String TARGET_PREFIX = "AWSStepFunctions.";

  private final Map<String, Operation> operations;
  private final int maxRequestBytes;

  ApiHandler(Map<String, Operation> operations, int maxRequestBytes) {
    this.operations = Map.copyOf(operations);
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    ApiReply.send(response, reply(request), callback);
    return true;
  }

  /** The reply to one request; never throws, so no request goes unanswered. */
  ApiReply reply(Request request) {
    try {
      return new ApiReply(200, dispatch(request));
    } catch (SfnApiException e) {
      return ErrorResponses.of(e);
    } catch (RuntimeException e) {
      return ErrorResponses.of(e);
    } catch (IOException e) {
      return ErrorResponses.unreadable(e, isTimeout(e));
    } catch (Error e) {
      // StackOverflowError, OutOfMemoryError, an assertion in a mock: this request fails, the
      // server goes on serving.
      return ErrorResponses.internal(e);
    }
  }

  private JsonNode dispatch(Request request) throws IOException {
    String target = request.getHeaders().get("X-Amz-Target");
    Operation operation =
        target != null && target.startsWith(TARGET_PREFIX)
            ? operations.get(target.substring(TARGET_PREFIX.length()))
            : null;
    if (!"POST".equals(request.getMethod()) || operation == null) {
      throw new SfnApiException(
          "UnknownOperationException",
          "Unknown operation: '"
              + target
              + "'. Send POST / with X-Amz-Target: AWSStepFunctions.<Operation>.");
    }
    return operation.call(new ApiRequest(body(request)));
  }

  private ObjectNode body(Request request) throws IOException {
    // A declared length over the limit is refused before reading: the connection is closed after
    // the reply rather than drained, so a claimed gigabyte costs nothing.
    if (request.getLength() > maxRequestBytes) {
      throw ErrorResponses.tooLarge(maxRequestBytes);
    }
    byte[] bytes;
    try (InputStream in = Request.asInputStream(request)) {
      bytes = in.readNBytes(maxRequestBytes + 1);
    }
    if (bytes.length > maxRequestBytes) {
      throw ErrorResponses.tooLarge(maxRequestBytes);
    }
    if (bytes.length == 0) {
      return Json.NODES.objectNode();
    }
    JsonNode parsed;
    try {
      parsed = Json.parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (RuntimeException | StackOverflowError e) {
      throw new SfnApiException(
          "ValidationException", "The request body is not valid JSON. Send a JSON object.");
    }
    if (!parsed.isObject()) {
      throw new SfnApiException(
          "ValidationException",
          "The request body must be a JSON object, not " + parsed.getNodeType() + ".");
    }
    return (ObjectNode) parsed;
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }
}
