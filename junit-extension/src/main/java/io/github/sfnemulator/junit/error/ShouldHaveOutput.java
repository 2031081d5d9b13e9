package io.github.sfnemulator.junit.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.junit.ExecutionView;
import io.github.sfnemulator.junit.internal.JsonValues;
import org.apiguardian.api.API;

/**
 * Messages for JSON that differs from the expected value: an execution's output, a value at a path,
 * a state's input or output, a variable.
 *
 * <pre>{@code
 * // what assertThat(execution).hasOutput("{\"charged\":true}") throws for another output
 * JsonNode expected = new ObjectMapper().readTree("{\"charged\":true}");
 * assertThatThrownBy(() -> assertThat(execution).hasOutput("{\"charged\":true}"))
 *     .hasMessage(shouldHaveOutput(ExecutionView.of(execution), expected).message());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveOutput {
  private ShouldHaveOutput() {}

  /** The execution's output differs, or there is none because it did not succeed. */
  public static ErrorMessage shouldHaveOutput(ExecutionView actual, JsonNode expected) {
    String canonical = JsonValues.canonical(expected);
    if (actual.outputJson() == null) {
      return new ErrorMessage(
          String.format(
              "%nExpecting execution '%s' to have output:%n%s%nbut it has none: it %s.%s",
              actual.name(), canonical, actual.trace().outcome(), Traces.actualPath(actual)),
          canonical,
          null);
    }
    return shouldBeEqualJson(
        "the output of execution '" + actual.name() + "'", actual.outputJson(), expected);
  }

  /** {@code subject} (e.g. "the output of execution 'x'") is not the expected JSON. */
  public static ErrorMessage shouldBeEqualJson(String subject, JsonNode actual, JsonNode expected) {
    String want = JsonValues.canonical(expected);
    String got = JsonValues.canonical(actual);
    return new ErrorMessage(
        String.format(
            "%nExpecting %s:%n%s%nto be equal (as JSON, regardless of key order) to:%n%s",
            subject, got, want),
        want,
        got);
  }

  /** Nothing is at {@code path} in {@code subject}. */
  public static ErrorMessage shouldHavePath(String subject, JsonNode actual, String path) {
    return new ErrorMessage(
        String.format(
            "%nExpecting %s:%n%s%nto have a value at JSONPath:%n  %s%nbut nothing is there.",
            subject, JsonValues.canonical(actual), path),
        null,
        null);
  }
}
