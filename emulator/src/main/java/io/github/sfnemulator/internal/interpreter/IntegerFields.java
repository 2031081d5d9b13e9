package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.Field;
import io.github.sfnemulator.internal.query.jsonata.JsonType;
import java.math.BigDecimal;

/** Fields that must give an integer (TimeoutSeconds, MaxConcurrency, ...), with AWS's errors. */
final class IntegerFields {
  private IntegerFields() {}

  /** The field's value as an integer, or {@code absent} when the field is not set. */
  static long evaluate(Field field, StateScope scope, long absent) {
    if (field == null) {
      return absent;
    }
    JsonNode value = field.evaluate(scope);
    if (value == null) {
      throw StateErrors.noResults(field.source());
    }
    Long n = integer(value);
    if (n == null) {
      if (field.name().endsWith("Path")) {
        throw StateErrors.notAnInteger(field.name(), value, field.source());
      }
      throw new StatesException(
          field.dynamic() ? StatesErrors.QUERY_EVALUATION_ERROR : StatesErrors.RUNTIME,
          "The JSONata expression '"
              + field.source()
              + "' specified for the field '"
              + field.name()
              + "' returned an unexpected result type. Expected 'integer', but was '"
              + JsonType.of(value).awsName()
              + "' for value: "
              + Json.write(value),
          field.name());
    }
    return n;
  }

  /** The exact integer value of a JSON number, or null. */
  static Long integer(JsonNode value) {
    if (!value.isNumber()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToLong() ? value.longValue() : null;
    }
    BigDecimal d = value.decimalValue();
    try {
      return d.stripTrailingZeros().scale() <= 0 ? d.longValueExact() : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
