package io.github.sfnemulator.internal.server;

import io.github.sfnemulator.SfnApiException;

/** A ValidationException answered with HTTP 413 rather than 400. */
final class RequestTooLargeException extends SfnApiException {
  private static final long serialVersionUID = 1L;

  RequestTooLargeException(String message) {
    super("ValidationException", message);
  }
}
