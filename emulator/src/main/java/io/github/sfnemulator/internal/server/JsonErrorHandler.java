package io.github.sfnemulator.internal.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses itself (a malformed request line, {@code Content-Length: abc}, headers
 * too large, an error outside the API handler) with AWS's JSON error shape instead of an HTML page,
 * so an SDK client reads an error code and message.
 */
final class JsonErrorHandler extends ErrorHandler {
  /** Refusals found while parsing the request, before any handler runs. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    ApiReply reply = ErrorResponses.ofHttpStatus(status, reason);
    ApiReply.putHeaders(fields, reply);
    return ByteBuffer.wrap(reply.bytes());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object status = request.getAttribute(ERROR_STATUS);
    Object message = request.getAttribute(ERROR_MESSAGE);
    Object cause = request.getAttribute(ERROR_EXCEPTION);
    int code = status instanceof Integer i ? i : 500;
    String reason =
        message != null
            ? message.toString()
            : cause instanceof Throwable t
                ? t.getClass().getSimpleName() + ": " + t.getMessage()
                : null;
    ApiReply.send(response, ErrorResponses.ofHttpStatus(code, reason), callback);
    return true;
  }
}
