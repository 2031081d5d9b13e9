package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** A status and a JSON body, written with the headers the AWS JSON 1.0 protocol carries. */
record ApiReply(int status, JsonNode body) {
  static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  /** The error type, or null for a success. */
  String errorType() {
    JsonNode type = body.get("__type");
    return type == null ? null : type.asText();
  }

  /** Writes the reply; a refused or timed-out body also closes the connection, unread. */
  static void send(Response response, ApiReply reply, Callback callback) {
    byte[] bytes = reply.bytes();
    response.setStatus(reply.status());
    HttpFields.Mutable headers = response.getHeaders();
    putHeaders(headers, reply);
    if (reply.status() == 413 || reply.status() == 408) {
      headers.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
    headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  static void putHeaders(HttpFields.Mutable headers, ApiReply reply) {
    headers.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
    String type = reply.errorType();
    if (type != null) {
      headers.put("x-amzn-ErrorType", type);
    }
  }

  byte[] bytes() {
    return Json.write(body).getBytes(StandardCharsets.UTF_8);
  }
}
