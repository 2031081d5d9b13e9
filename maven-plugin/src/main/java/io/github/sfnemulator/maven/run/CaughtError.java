package io.github.sfnemulator.maven.run;

/**
 * A Catch transition an execution took.
 *
 * @param state the Task, Map or Parallel state whose failure was caught
 * @param error the error name caught
 * @param next the state the catcher entered next
 */
public record CaughtError(String state, String error, String next) {
  @Override
  public String toString() {
    return state + " caught " + error + " -> " + next;
  }
}
