package io.github.sfnemulator.mock;

import org.apiguardian.api.API;

/**
 * A MockConfigFile.json that cannot be used: malformed (the message names the JSON pointer), or
 * selected or validated with names it does not have (the message lists the names it has).
 *
 * <pre>{@code
 * try {
 *   MockConfig.fromPath(Path.of("MockConfigFile.json")).testCase("Order", "NoSuchCase");
 * } catch (MockConfigException e) {
 *   e.getMessage(); // names the test cases the file has
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MockConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  MockConfigException(String pointer, String message) {
    super(pointer == null ? message : "Invalid mock config at " + pointer + ": " + message);
    this.pointer = pointer;
  }

  /** The JSON pointer of the offending value, or null when the problem is not in the file. */
  public String pointer() {
    return pointer;
  }
}
