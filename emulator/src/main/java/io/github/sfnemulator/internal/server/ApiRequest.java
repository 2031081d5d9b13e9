package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.internal.limits.ApiConstraints;

/**
 * The JSON body of one API call, read with AWS's validation messages: a missing required member or
 * a member of the wrong type is a ValidationException naming it.
 */
public final class ApiRequest {
  private final ObjectNode body;

  public ApiRequest(ObjectNode body) {
    this.body = body;
  }

  /** A string member that must be present. */
  public String required(String field) {
    String value = optional(field);
    if (value == null) {
      throw invalid(field, null, "Member must not be null");
    }
    return value;
  }

  /** A string member, or null when absent. */
  public String optional(String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw typeMismatch(field, "a string");
    }
    return v.textValue();
  }

  /** An integer member within {@code [min, max]}, or {@code absent} when missing. */
  public int integer(String field, int min, int max, int absent) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return absent;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw typeMismatch(field, "an integer");
    }
    int value = v.intValue();
    if (value < min) {
      throw invalid(field, value, "Member must have value greater than or equal to " + min);
    }
    if (value > max) {
      throw invalid(field, value, "Member must have value less than or equal to " + max);
    }
    return value;
  }

  /** A boolean member, or {@code absent} when missing. */
  public boolean bool(String field, boolean absent) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return absent;
    }
    if (!v.isBoolean()) {
      throw typeMismatch(field, "a boolean");
    }
    return v.booleanValue();
  }

  /** An object member, or null when absent. */
  public ApiRequest object(String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isObject()) {
      throw typeMismatch(field, "an object");
    }
    return new ApiRequest((ObjectNode) v);
  }

  /** A member as it came, or null when absent. */
  public JsonNode node(String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v;
  }

  /** AWS's wording for a member that breaks a constraint. */
  public static SfnApiException invalid(String field, Object value, String constraint) {
    return ApiConstraints.violation(field, value, constraint);
  }

  private static SfnApiException typeMismatch(String field, String type) {
    return new SfnApiException(
        "ValidationException", "The member '" + field + "' must be " + type + ".");
  }
}
