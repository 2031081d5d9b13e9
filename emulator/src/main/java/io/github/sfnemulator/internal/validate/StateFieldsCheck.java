package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Type, required and unknown fields of each state, the JSON type of each field, and the query
 * language rules: a state may use JSONata in a JSONPath machine but not the reverse, and each field
 * belongs to one language or both.
 */
final class StateFieldsCheck implements Check {

  @Override
  public void state(StateContext state, DiagnosticSink out) {
    JsonNode type = state.get("Type");
    if (type == null) {
      out.add(SchemaMessages.missingType(state.pointer(), state.name()));
      return;
    }
    if (state.type() == null) {
      out.add(SchemaMessages.unknownType(state.pointer("Type"), state.name(), type));
      return;
    }
    checkQueryLanguage(state, out);
    Map<String, FieldSpec> fields = StateSchema.fields(state.type());
    for (Iterator<Map.Entry<String, JsonNode>> it = state.node().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      checkField(state, fields, field.getKey(), field.getValue(), out);
    }
    for (String required : StateSchema.required(state.type())) {
      if (!state.has(required)) {
        out.add(SchemaMessages.missingField(state.pointer(), owner(state), required));
      }
    }
  }

  private static void checkField(
      StateContext state,
      Map<String, FieldSpec> fields,
      String name,
      JsonNode value,
      DiagnosticSink out) {
    String pointer = state.pointer(name);
    FieldSpec spec = fields.get(name);
    if (spec == null) {
      // TransitionsCheck explains Next and End in states that cannot have them.
      if (!name.equals("Next") && !name.equals("End")) {
        out.add(SchemaMessages.unknownField(pointer, owner(state), name, fields.keySet()));
      }
      return;
    }
    if (!spec.allowedIn(state.language())) {
      out.add(
          state.jsonata()
              ? SchemaMessages.jsonPathFieldInJsonataState(pointer, name, state.name())
              : SchemaMessages.jsonataFieldInJsonPathState(pointer, name, state.name()));
      return;
    }
    String expected = FieldTypes.mismatch(spec.kind(), value, state.jsonata());
    if (expected != null) {
      out.add(SchemaMessages.wrongType(pointer, name, expected, value));
    }
  }

  private static void checkQueryLanguage(StateContext state, DiagnosticSink out) {
    JsonNode declared = state.get("QueryLanguage");
    if (declared == null) {
      return;
    }
    QueryLanguage language = QueryLanguage.fromText(declared.asText());
    if (!declared.isTextual() || language == null) {
      out.add(
          SchemaMessages.badEnumValue(
              state.pointer("QueryLanguage"),
              "QueryLanguage",
              declared,
              List.of("JSONPath", "JSONata")));
    } else if (language == QueryLanguage.JSONPATH
        && state.machine().language() == QueryLanguage.JSONATA) {
      out.add(
          SchemaMessages.jsonPathStateInJsonataMachine(
              state.pointer("QueryLanguage"), state.name()));
    }
  }

  static String owner(StateContext state) {
    return state.type() + " state '" + state.name() + "'";
  }
}
