package io.github.sfnemulator.junit.error;

import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * The text of a failed execution assertion, with the expected and actual values an IDE shows side
 * by side.
 *
 * <pre>{@code
 * ErrorMessage message = ShouldHaveStatus.shouldHaveSucceeded(ExecutionView.of(execution));
 * message.expected(); // SUCCEEDED
 * throw message.toAssertionError(""); // an AssertionFailedError an IDE shows as a diff
 * }</pre>
 *
 * @param message the full message, starting {@code %nExpecting execution ...}
 * @param expected what the assertion wanted, as text; null when there is nothing to diff
 * @param actual what the execution did, as text; null when there is nothing to diff
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ErrorMessage(String message, String expected, String actual) {

  /** The opentest4j error to throw, with {@code description} (from {@code as(...)}) in front. */
  public AssertionFailedError toAssertionError(String description) {
    String text =
        description == null || description.isEmpty() ? message : "[" + description + "] " + message;
    return expected == null && actual == null
        ? new AssertionFailedError(text)
        : new AssertionFailedError(text, expected, actual);
  }
}
