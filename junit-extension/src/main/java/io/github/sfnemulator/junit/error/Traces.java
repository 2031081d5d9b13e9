package io.github.sfnemulator.junit.error;

import io.github.sfnemulator.junit.ExecutionView;

/** Pieces shared by the messages. */
final class Traces {
  static final String NL = System.lineSeparator();

  private Traces() {}

  /** "Actual path:" and the trace, one state per line. */
  static String actualPath(ExecutionView execution) {
    return NL + "Actual path:" + NL + execution.trace().render();
  }

  /** The names of the states entered, one per line: the side of a diff. */
  static String statesAsLines(Iterable<String> states) {
    return String.join(NL, states);
  }

  static String quoted(String name) {
    return "'" + name + "'";
  }
}
