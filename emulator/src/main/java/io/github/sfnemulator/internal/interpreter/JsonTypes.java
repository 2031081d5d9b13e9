package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON type names as AWS's messages spell them. */
final class JsonTypes {
  private JsonTypes() {}

  static String name(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "undefined";
    }
    return switch (v.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT, POJO -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
