package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON types, named as AWS names them in "Expected 'array', but was 'string'" causes. */
public enum JsonType {
  NULL("null"),
  BOOLEAN("boolean"),
  NUMBER("number"),
  STRING("string"),
  ARRAY("array"),
  OBJECT("object");

  private final String awsName;

  JsonType(String awsName) {
    this.awsName = awsName;
  }

  public String awsName() {
    return awsName;
  }

  public static JsonType of(JsonNode node) {
    return switch (node.getNodeType()) {
      case BOOLEAN -> BOOLEAN;
      case NUMBER -> NUMBER;
      case STRING, BINARY -> STRING;
      case ARRAY -> ARRAY;
      case OBJECT, POJO -> OBJECT;
      default -> NULL;
    };
  }
}
