package io.github.sfnemulator.internal.parse;

/** A problem the parser found at {@code pointer}; becomes a diagnostic of the definition. */
final class ParseProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String pointer;

  ParseProblem(String pointer, String message) {
    super(message, null, false, false);
    this.pointer = pointer;
  }

  String pointer() {
    return pointer;
  }
}
