package io.github.sfnemulator.internal.validate;

import static io.github.sfnemulator.validation.Diagnostic.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.validation.Diagnostic;
import java.util.Collection;
import java.util.Map;

/** Messages about the shape of the document: fields, their types, query languages. */
final class SchemaMessages {
  static final String SCHEMA = "SCHEMA_VALIDATION_FAILED";

  private static final Map<String, String> JSONATA_REPLACEMENTS =
      Map.ofEntries(
          Map.entry("InputPath", "'Arguments' or 'Output' with $states.input"),
          Map.entry("OutputPath", "'Output'"),
          Map.entry("Parameters", "'Arguments'"),
          Map.entry("ResultSelector", "'Output'"),
          Map.entry("ResultPath", "'Output' or 'Assign'"),
          Map.entry("Result", "'Output'"),
          Map.entry("ItemsPath", "'Items'"),
          Map.entry("ErrorPath", "'Error' with an expression"),
          Map.entry("CausePath", "'Cause' with an expression"));

  private SchemaMessages() {}

  static Diagnostic definitionNotAnObject(JsonNode definition) {
    return error(
        SCHEMA,
        "",
        "The definition must be a JSON object with 'StartAt' and 'States', not "
            + describe(definition)
            + ".");
  }

  static Diagnostic missingField(String pointer, String owner, String field) {
    return error(
        SCHEMA,
        pointer,
        Character.toUpperCase(owner.charAt(0))
            + owner.substring(1)
            + " has no '"
            + field
            + "' field, which is required. Add it.");
  }

  static Diagnostic unknownField(
      String pointer, String owner, String field, Collection<String> allowed) {
    return error(
        SCHEMA,
        pointer,
        "'"
            + field
            + "' is not a field of "
            + owner
            + ". Remove it or fix its spelling; the fields allowed are "
            + String.join(", ", allowed)
            + ".");
  }

  static Diagnostic wrongType(String pointer, String field, String expected, JsonNode actual) {
    return error(
        SCHEMA,
        pointer,
        "'"
            + field
            + "' must be "
            + expected
            + ", not "
            + describe(actual)
            + ". Change its value.");
  }

  static Diagnostic badEnumValue(
      String pointer, String field, JsonNode actual, Collection<String> allowed) {
    return error(
        SCHEMA,
        pointer,
        "'"
            + field
            + "' must be one of "
            + String.join(", ", allowed)
            + ", not "
            + describe(actual)
            + ".");
  }

  static Diagnostic emptyStates(String pointer) {
    return error(SCHEMA, pointer, "'States' is empty. Add at least one state.");
  }

  static Diagnostic stateNotAnObject(String pointer, String name, JsonNode actual) {
    return error(
        SCHEMA,
        pointer,
        "State '" + name + "' must be a JSON object with a 'Type', not " + describe(actual) + ".");
  }

  static Diagnostic missingType(String pointer, String name) {
    return error(
        SCHEMA,
        pointer,
        "State '"
            + name
            + "' has no 'Type'. Add one of "
            + String.join(", ", StateSchema.TYPES)
            + ".");
  }

  static Diagnostic unknownType(String pointer, String name, JsonNode type) {
    return error(
        SCHEMA,
        pointer,
        "State '"
            + name
            + "' has Type "
            + describe(type)
            + ", which is not a state type. Use one of "
            + String.join(", ", StateSchema.TYPES)
            + ".");
  }

  static Diagnostic jsonPathFieldInJsonataState(String pointer, String field, String state) {
    String replacement = JSONATA_REPLACEMENTS.getOrDefault(field, "the JSONata form of the field");
    return error(
        SCHEMA,
        pointer,
        "'"
            + field
            + "' is a JSONPath field and cannot be used in JSONata state '"
            + state
            + "'. Use "
            + replacement
            + " instead, or set \"QueryLanguage\": \"JSONPath\" on the state.");
  }

  static Diagnostic jsonataFieldInJsonPathState(String pointer, String field, String state) {
    return error(
        SCHEMA,
        pointer,
        "'"
            + field
            + "' is a JSONata field and cannot be used in JSONPath state '"
            + state
            + "'. Set \"QueryLanguage\": \"JSONata\" on the state or the state machine, or use the"
            + " JSONPath fields instead.");
  }

  static Diagnostic jsonPathStateInJsonataMachine(String pointer, String state) {
    return error(
        SCHEMA,
        pointer,
        "State '"
            + state
            + "' sets QueryLanguage JSONPath in a JSONata state machine; a state can only switch"
            + " from JSONPath to JSONata. Rewrite the state in JSONata, or make the state machine"
            + " JSONPath and set JSONata on the states that need it.");
  }

  /** A short description of a JSON value for messages: its type, and the value when short. */
  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    String text = value.isTextual() ? "'" + value.textValue() + "'" : value.toString();
    String type =
        switch (value.getNodeType()) {
          case ARRAY -> "an array";
          case OBJECT -> "an object";
          case STRING -> "the string";
          case NUMBER -> "the number";
          case BOOLEAN -> "the boolean";
          case NULL -> "null";
          default -> "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    if (value.isNull() || value.isContainerNode()) {
      return type;
    }
    return type + " " + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
  }
}
