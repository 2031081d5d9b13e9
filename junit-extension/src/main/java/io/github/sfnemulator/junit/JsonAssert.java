package io.github.sfnemulator.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.junit.error.ErrorMessage;
import io.github.sfnemulator.junit.error.ShouldHaveOutput;
import io.github.sfnemulator.junit.internal.JsonValues;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractBooleanAssert;
import org.assertj.core.api.AbstractIntegerAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on a JSON value of an execution: its output, a state's input or output, a variable.
 * Equality is by value, regardless of key order, and {@code 1} equals {@code 1.0}.
 *
 * <pre>{@code
 * assertThat(execution).output().isEqualToJson("{\"total\": 42, \"currency\": \"EUR\"}");
 * assertThat(execution).outputAt("$.items[0].sku").asString().isEqualTo("A-1");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class JsonAssert extends AbstractAssert<JsonAssert, JsonNode> {
  private final String subject;

  /**
   * @param subject what the value is, for messages: "the output of execution 'x'"
   */
  public JsonAssert(JsonNode actual, String subject) {
    super(actual, JsonAssert.class);
    this.subject = subject;
  }

  /** The value equals the JSON text {@code expected}, by value and regardless of key order. */
  public JsonAssert isEqualToJson(String expected) {
    return isEqualToJson(JsonValues.parse(expected));
  }

  /** The value equals {@code expected}, by value and regardless of key order. */
  public JsonAssert isEqualToJson(JsonNode expected) {
    if (!JsonValues.equal(actual, expected)) {
      throw failure(ShouldHaveOutput.shouldBeEqualJson(subject, actual, expected));
    }
    return myself;
  }

  /**
   * Navigates to the value at a JSONPath such as {@code $.order.total}; fails when none is there.
   */
  @CheckReturnValue
  public JsonAssert at(String jsonPath) {
    isNotNull();
    JsonNode value = JsonValues.read(actual, jsonPath);
    if (value == null) {
      throw failure(ShouldHaveOutput.shouldHavePath(subject, actual, jsonPath));
    }
    return new JsonAssert(value, jsonPath + " in " + subject);
  }

  /** The value as text (a JSON string's content, else the JSON text). */
  @CheckReturnValue
  public AbstractStringAssert<?> asString() {
    isNotNull();
    return Assertions.assertThat(actual.isTextual() ? actual.textValue() : actual.toString())
        .as(subject);
  }

  @CheckReturnValue
  public AbstractIntegerAssert<?> asInt() {
    isNotNull();
    return Assertions.assertThat(actual.asInt()).as(subject);
  }

  @CheckReturnValue
  public AbstractBooleanAssert<?> asBoolean() {
    isNotNull();
    return Assertions.assertThat(actual.asBoolean()).as(subject);
  }

  private AssertionError failure(ErrorMessage message) {
    return message.toAssertionError(info.descriptionText());
  }
}
