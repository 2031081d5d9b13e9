package io.github.sfnemulator.junit;

/**
 * Carries the traces of a failed test's executions as a suppressed exception of the failure, so
 * every runner (Maven, Gradle, IDEs) prints them beside the stack trace.
 */
final class ExecutionTraces extends Exception {
  private static final long serialVersionUID = 1L;

  ExecutionTraces(String traces) {
    super("Executions of this test:" + System.lineSeparator() + traces, null, false, false);
  }
}
