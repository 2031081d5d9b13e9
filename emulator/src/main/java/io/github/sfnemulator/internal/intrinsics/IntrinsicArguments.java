package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.error.StatesException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The evaluated arguments of one call, with typed accessors that raise States.IntrinsicFailure
 * naming the function when a value has the wrong type.
 */
public final class IntrinsicArguments {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final String function;
  private final List<Argument> sources;
  private final JsonNode[] values;

  IntrinsicArguments(String function, List<Argument> sources, JsonNode[] values) {
    this.function = function;
    this.sources = sources;
    this.values = values;
  }

  public int size() {
    return values.length;
  }

  public JsonNode get(int index) {
    return values[index];
  }

  /** The raw text of a string literal argument (escapes kept), or null for other arguments. */
  String rawLiteral(int index) {
    return sources.get(index) instanceof LiteralArgument literal ? literal.raw() : null;
  }

  /** A failure of this call with {@code problem} as the cause's tail. */
  public StatesException failure(String problem) {
    return IntrinsicFailure.of(function, problem);
  }

  public String string(int index) {
    JsonNode value = values[index];
    if (!value.isTextual()) {
      throw failure(ordinal(index) + " argument must be a string, but was " + value);
    }
    return value.textValue();
  }

  public ArrayNode array(int index) {
    JsonNode value = values[index];
    if (!value.isArray()) {
      throw failure(ordinal(index) + " argument must be an array, but was " + value);
    }
    return (ArrayNode) value;
  }

  public ObjectNode object(int index) {
    JsonNode value = values[index];
    if (!value.isObject()) {
      throw failure(ordinal(index) + " argument must be a JSON object, but was " + value);
    }
    return (ObjectNode) value;
  }

  public boolean bool(int index) {
    JsonNode value = values[index];
    if (!value.isBoolean()) {
      throw failure(ordinal(index) + " argument must be a boolean, but was " + value);
    }
    return value.booleanValue();
  }

  public BigDecimal number(int index) {
    JsonNode value = values[index];
    if (!value.isNumber()) {
      throw failure(ordinal(index) + " argument must be a number, but was " + value);
    }
    return value.decimalValue();
  }

  /**
   * A number rounded to the nearest integer, halves up towards positive infinity as AWS does
   * ({@code -0.5} gives {@code 0}, {@code 2.5} gives {@code 3}), within the int range.
   */
  public int integer(int index) {
    JsonNode value = values[index];
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue(); // nothing to round: skips the decimal arithmetic
    }
    BigDecimal rounded = number(index).add(HALF).setScale(0, RoundingMode.FLOOR);
    if (rounded.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
        || rounded.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw failure(
          ordinal(index)
              + " argument must be an integer in the int range, but was "
              + values[index]);
    }
    return rounded.intValueExact();
  }

  private static String ordinal(int index) {
    return "argument " + (index + 1);
  }
}
