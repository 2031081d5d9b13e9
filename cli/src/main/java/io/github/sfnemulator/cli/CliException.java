package io.github.sfnemulator.cli;

/** A command line mistake the user can fix; printed as one line, never as a stack trace. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }
}
