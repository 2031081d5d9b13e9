package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.mock.MockConfigException;
import io.github.sfnemulator.validation.DefinitionException;
import io.github.sfnemulator.validation.Diagnostic;
import java.util.stream.Collectors;

/**
 * Turns exceptions into AWS's error bodies: {@code {"__type": CODE, "message": TEXT}}. Client
 * errors are HTTP 400, except where the API reference gives an error its own status
 * (ConflictException 409, ServiceQuotaExceededException 402), 413 for an oversized request and 408
 * for a body that stops arriving; anything unexpected, an {@link Error} included, is a 500
 * InternalFailure whose message names the exception, never a stack trace.
 */
final class ErrorResponses {
  private ErrorResponses() {}

  static RequestTooLargeException tooLarge(int limit) {
    return new RequestTooLargeException(
        "The request body is larger than the server's limit of " + limit + " bytes.");
  }

  static ApiReply of(SfnApiException e) {
    return response(statusOf(e), e.errorCode(), messageOf(e));
  }

  /** The API reference's status for the error; 400 for all the others. */
  private static int statusOf(SfnApiException e) {
    if (e instanceof RequestTooLargeException) {
      return 413;
    }
    if (e.errorCode() == null) { // a public exception: user code may build one without a code
      return 400;
    }
    return switch (e.errorCode()) {
      case "ConflictException" -> 409;
      case "ServiceQuotaExceededException" -> 402;
      default -> 400;
    };
  }

  static ApiReply of(RuntimeException e) {
    if (e instanceof DefinitionException d) {
      return response(400, "InvalidDefinition", invalidDefinition(d));
    }
    if (e instanceof MockConfigException) {
      return response(400, "ValidationException", e.getMessage());
    }
    return response(
        500,
        "InternalFailure",
        "The emulator failed to serve this request: "
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage());
  }

  /** An Error thrown while serving a request. */
  static ApiReply internal(Throwable e) {
    return response(
        500,
        "InternalFailure",
        "The emulator failed to serve this request: "
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage());
  }

  /** A request body that could not be read: it stopped arriving, or the client cut it short. */
  static ApiReply unreadable(Exception e, boolean timedOut) {
    return timedOut
        ? response(
            408,
            "RequestTimeout",
            "The request body stopped arriving before its Content-Length was read; the connection is closed.")
        : response(
            400, "ValidationException", "The request body could not be read: " + e.getMessage());
  }

  /**
   * What the HTTP layer refuses before an operation runs (a malformed request line or header, a bad
   * Content-Length, headers too large, a timeout), in the same shape.
   */
  static ApiReply ofHttpStatus(int status, String reason) {
    String message =
        "The HTTP request was refused: "
            + (reason == null || reason.isBlank() ? "status " + status : reason)
            + ". Send POST / with X-Amz-Target: AWSStepFunctions.<Operation> and a JSON body.";
    if (status == 408) {
      return response(408, "RequestTimeout", message);
    }
    if (status == 503) {
      return response(503, "ServiceUnavailable", message);
    }
    return response(status, status >= 500 ? "InternalFailure" : "ValidationException", message);
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
    return message != null && message.startsWith(prefix)
        ? message.substring(prefix.length())
        : message;
  }

  private static ApiReply response(int status, String type, String message) {
    ObjectNode body = ApiJson.object().put("__type", type);
    ApiJson.putText(body, "message", message);
    return new ApiReply(status, body);
  }
}
