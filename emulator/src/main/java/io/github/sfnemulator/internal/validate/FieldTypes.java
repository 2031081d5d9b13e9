package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.jsonata.JsonataTemplate;
import java.math.BigDecimal;

/** Whether a value has the JSON type a {@link FieldKind} needs. */
final class FieldTypes {
  private FieldTypes() {}

  /**
   * What {@code value} should have been, or {@code null} when it fits {@code kind}. In JSONata
   * states, kinds that accept an expression also accept a {@code {% %}} string.
   */
  static String mismatch(FieldKind kind, JsonNode value, boolean jsonata) {
    if (jsonata && kind.acceptsExpression() && JsonataTemplate.isExpression(value)) {
      return null;
    }
    String expected = expected(kind);
    return fits(kind, value) ? null : expected;
  }

  private static boolean fits(FieldKind kind, JsonNode value) {
    return switch (kind) {
      case STRING, RESOURCE, TEXT, TIMESTAMP, REFERENCE_PATH, REFERENCE_PATH_OR_INTRINSIC ->
          value.isTextual();
      case BOOLEAN -> value.isBoolean();
      case NON_NEGATIVE_INTEGER, SECONDS -> isInteger(value) && value.decimalValue().signum() >= 0;
      case POSITIVE_INTEGER -> isInteger(value) && value.decimalValue().signum() > 0;
      case PERCENTAGE ->
          value.isNumber()
              && value.decimalValue().signum() >= 0
              && value.decimalValue().compareTo(BigDecimal.valueOf(100)) <= 0;
      case OBJECT, MACHINE, PAYLOAD_TEMPLATE, TEMPLATE -> value.isObject();
      case ARRAY, ITEMS -> value.isArray();
      case NULLABLE_PATH, RESULT_PATH -> value.isTextual() || value.isNull();
      case QUERY_LANGUAGE, STATIC_JSON, JSONATA_TEMPLATE -> true;
    };
  }

  private static String expected(FieldKind kind) {
    return switch (kind) {
      case STRING, TEXT -> "a string";
      case QUERY_LANGUAGE -> "'JSONPath' or 'JSONata'";
      case RESOURCE -> "an ARN string";
      case TIMESTAMP -> "an ISO-8601 timestamp string";
      case REFERENCE_PATH, REFERENCE_PATH_OR_INTRINSIC -> "a path string such as '$.field'";
      case BOOLEAN -> "true or false";
      case NON_NEGATIVE_INTEGER, SECONDS -> "an integer of 0 or more";
      case POSITIVE_INTEGER -> "a positive integer";
      case PERCENTAGE -> "a number from 0 to 100";
      case OBJECT, MACHINE, PAYLOAD_TEMPLATE, TEMPLATE -> "a JSON object";
      case ARRAY, ITEMS -> "a JSON array";
      case NULLABLE_PATH, RESULT_PATH -> "a path string such as '$.field', or null";
      case STATIC_JSON, JSONATA_TEMPLATE -> "any JSON value";
    };
  }

  static boolean isInteger(JsonNode value) {
    if (value == null || !value.isNumber()) {
      return false;
    }
    if (value.isIntegralNumber()) {
      return true;
    }
    BigDecimal decimal = value.decimalValue();
    return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
  }
}
