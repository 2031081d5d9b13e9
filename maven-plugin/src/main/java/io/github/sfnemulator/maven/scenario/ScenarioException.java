package io.github.sfnemulator.maven.scenario;

/**
 * A scenario file that cannot be read or makes no sense; the message names the file and fix.
 *
 * <pre>{@code
 * try {
 *   Scenario scenario = ScenarioReader.read(Path.of("src/test/sfn/order.sfn-test.yaml"));
 * } catch (ScenarioException e) {
 *   e.getMessage(); // names the file, the field and the fix, e.g. an unknown field's right name
 * }
 * }</pre>
 */
public final class ScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ScenarioException(String message) {
    super(message);
  }

  public ScenarioException(String message, Throwable cause) {
    super(message, cause);
  }
}
