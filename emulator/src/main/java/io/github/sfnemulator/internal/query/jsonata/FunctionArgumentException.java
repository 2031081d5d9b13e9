package io.github.sfnemulator.internal.query.jsonata;

/**
 * A function that Step Functions adds to JSONata was called with arguments it cannot use. The
 * message becomes the tail of the {@code States.QueryEvaluationError} cause.
 */
final class FunctionArgumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  FunctionArgumentException(String message) {
    super(message, null, false, false);
  }
}
