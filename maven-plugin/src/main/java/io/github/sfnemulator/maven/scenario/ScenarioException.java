package io.github.sfnemulator.maven.scenario;

/** A scenario file that cannot be read or makes no sense; the message names the file and fix. */
public final class ScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ScenarioException(String message) {
    super(message);
  }

  public ScenarioException(String message, Throwable cause) {
    super(message, cause);
  }
}
