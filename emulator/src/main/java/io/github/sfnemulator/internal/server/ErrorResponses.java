package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.mock.MockConfigException;
import io.github.sfnemulator.validation.DefinitionException;
import io.github.sfnemulator.validation.Diagnostic;
import java.util.stream.Collectors;

/**
 * Turns exceptions into AWS's error bodies: {@code {"__type": CODE, "message": TEXT}}. Client
 * errors are HTTP 400 (413 for an oversized request); anything unexpected is a 500 InternalFailure
 * whose message names the exception, never a stack trace.
 */
final class ErrorResponses {
  private ErrorResponses() {}

  static RequestTooLargeException tooLarge(int limit) {
    return new RequestTooLargeException(
        "The request body is larger than the server's limit of " + limit + " bytes.");
  }

  static ApiHandler.Response of(SfnApiException e) {
    int status = e instanceof RequestTooLargeException ? 413 : 400;
    return response(status, e.errorCode(), messageOf(e));
  }

  static ApiHandler.Response of(RuntimeException e) {
    if (e instanceof DefinitionException d) {
      return response(400, "InvalidDefinition", invalidDefinition(d));
    }
    if (e instanceof MockConfigException) {
      return response(400, "ValidationException", e.getMessage());
    }
    return response(
        500,
        "InternalFailure",
        "The emulator failed to serve this request: " + e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** AWS's wording, with each diagnostic's code, message and location. */
  static String invalidDefinition(DefinitionException e) {
    return "Invalid State Machine Definition: '"
        + e.errors().stream().map(ErrorResponses::describe).collect(Collectors.joining(", "))
        + "'";
  }

  private static String describe(Diagnostic d) {
    return d.code() + ": " + d.message() + (d.location() == null ? "" : " at " + d.location());
  }

  /** The message without the {@code CODE: } prefix SfnApiException adds. */
  private static String messageOf(SfnApiException e) {
    String message = e.getMessage();
    String prefix = e.errorCode() + ": ";
    return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static ApiHandler.Response response(int status, String type, String message) {
    ObjectNode body = ApiJson.object().put("__type", type);
    ApiJson.putText(body, "message", message);
    return new ApiHandler.Response(status, body);
  }
}
