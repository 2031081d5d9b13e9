package io.github.sfnemulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A client that writes raw bytes to the server and reads until the server closes the connection, as
 * a hostile or broken client would; a socket timeout bounds a test that would otherwise hang.
 */
final class RawSocket implements AutoCloseable {
  /** How long a read may block before the test fails instead of hanging. */
  private static final int FAIL_AFTER_MILLIS = 20_000;

  private final Socket socket;

  RawSocket(int port) {
    try {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(FAIL_AFTER_MILLIS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RawSocket send(String text) {
    try {
      socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything the server sends until it closes the connection. */
  Reply readUntilClosed() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      if (e instanceof java.net.SocketTimeoutException) {
        throw new AssertionError(
            "The server did not close the connection within " + FAIL_AFTER_MILLIS + " ms", e);
      }
      // A reset after the reply: what was read is the reply.
    }
    return new Reply(out.toString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A raw HTTP response (or nothing, when the server closed without one). */
  record Reply(String raw) {
    int status() {
      return raw.startsWith("HTTP/1.1 ") ? Integer.parseInt(raw.substring(9, 12)) : -1;
    }

    String header(String name) {
      for (String line : head().split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }

    JsonNode json() {
      return Json.parse(raw.substring(raw.indexOf("\r\n\r\n") + 4));
    }

    private String head() {
      int end = raw.indexOf("\r\n\r\n");
      return end < 0 ? raw : raw.substring(0, end);
    }
  }
}
