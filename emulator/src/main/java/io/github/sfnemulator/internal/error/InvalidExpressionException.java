package io.github.sfnemulator.internal.error;

/**
 * A path, payload template, intrinsic call or JSONata expression that cannot be compiled. The
 * message says what is wrong in words a user can act on; whoever compiles adds where it is.
 */
public class InvalidExpressionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidExpressionException(String message) {
    super(message, null, false, false);
  }
}
