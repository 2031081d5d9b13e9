package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** The numbers and the jitter strategy of a retrier, with the ranges AWS accepts. */
final class RetrierNumbers {
  private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(99_999_999);
  private static final BigDecimal MAX_DELAY = BigDecimal.valueOf(31_622_400);

  private RetrierNumbers() {}

  static void check(String pointer, String field, JsonNode value, DiagnosticSink out) {
    switch (field) {
      case "IntervalSeconds" -> integer(pointer, field, value, BigDecimal.ONE, MAX_COUNT, out);
      case "MaxAttempts" -> integer(pointer, field, value, BigDecimal.ZERO, MAX_COUNT, out);
      case "MaxDelaySeconds" -> integer(pointer, field, value, BigDecimal.ONE, MAX_DELAY, out);
      case "BackoffRate" -> {
        if (!value.isNumber() || value.decimalValue().compareTo(BigDecimal.ONE) < 0) {
          out.add(RuleMessages.outOfRange(pointer, field, "a number of 1.0 or more", value));
        }
      }
      case "JitterStrategy" -> {
        if (!value.isTextual() || !List.of("FULL", "NONE").contains(value.textValue())) {
          out.add(SchemaMessages.badEnumValue(pointer, field, value, List.of("FULL", "NONE")));
        }
      }
      case "Comment" -> {
        if (!value.isTextual()) {
          out.add(SchemaMessages.wrongType(pointer, field, "a string", value));
        }
      }
      default -> {
        // ErrorEquals is checked on its own
      }
    }
  }

  private static void integer(
      String pointer,
      String field,
      JsonNode value,
      BigDecimal min,
      BigDecimal max,
      DiagnosticSink out) {
    if (!FieldTypes.isInteger(value)
        || value.decimalValue().compareTo(min) < 0
        || value.decimalValue().compareTo(max) > 0) {
      out.add(
          RuleMessages.outOfRange(
              pointer, field, "an integer from " + min + " to " + max.toPlainString(), value));
    }
  }
}
