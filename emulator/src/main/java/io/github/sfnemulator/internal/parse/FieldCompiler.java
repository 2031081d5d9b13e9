package io.github.sfnemulator.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.json.Pointers;
import io.github.sfnemulator.internal.model.Field;
import io.github.sfnemulator.internal.model.QueryLanguage;
import io.github.sfnemulator.internal.query.jsonata.JsonType;
import io.github.sfnemulator.internal.query.jsonata.JsonataTemplate;
import io.github.sfnemulator.internal.query.jsonpath.PathExpression;
import io.github.sfnemulator.internal.query.jsonpath.PayloadTemplate;
import io.github.sfnemulator.internal.query.jsonpath.ResultPathWriter;

/**
 * Compiles the fields of one state, in its query language, turning compile failures into a {@link
 * ParseProblem} that points at the field.
 */
final class FieldCompiler {
  private final JsonNode node;
  private final String pointer;
  private final QueryLanguage language;

  FieldCompiler(JsonNode node, String pointer, QueryLanguage language) {
    this.node = node;
    this.pointer = pointer;
    this.language = language;
  }

  String pointer() {
    return pointer;
  }

  QueryLanguage language() {
    return language;
  }

  boolean has(String field) {
    return node.has(field);
  }

  JsonNode raw(String field) {
    return node.get(field);
  }

  String text(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** A path field: absent gives {@code absent}, JSON null gives null. */
  PathExpression path(String field, PathExpression absent) {
    if (!node.has(field)) {
      return absent;
    }
    JsonNode v = node.get(field);
    if (v.isNull()) {
      return null;
    }
    return compile(field, () -> PathExpression.compile(v.asText()));
  }

  PathExpression referencePath(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull()
        ? null
        : compile(field, () -> PathExpression.compileReferencePath(v.asText()));
  }

  /** ResultPath: absent gives {@code $}, JSON null gives null (discard). */
  ResultPathWriter resultPath(ResultPathWriter absent) {
    if (!node.has("ResultPath")) {
      return absent;
    }
    JsonNode v = node.get("ResultPath");
    return v.isNull() ? null : compile("ResultPath", () -> ResultPathWriter.compile(v.asText()));
  }

  /** A payload template (JSONPath) or a JSONata template, or null when absent. */
  Field template(String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return null;
    }
    return template(field, v);
  }

  Field template(String field, JsonNode v) {
    if (language == QueryLanguage.JSONATA) {
      JsonataTemplate t = compile(field, () -> JsonataTemplate.compile(field, v));
      return new Field(field, Json.write(v), t::evaluate, !t.isConstant());
    }
    PayloadTemplate t = compile(field, () -> PayloadTemplate.compile(v));
    return new Field(field, Json.write(v), t::evaluate, true);
  }

  /**
   * A value that is a constant {@code field}, a JSONPath {@code field + "Path"}, or in JSONata a
   * constant or a {@code {% %}} expression. Null when none is present.
   */
  Field valueOrPath(String field) {
    JsonNode v = node.get(field);
    String pathField = field + "Path";
    if (v == null && node.has(pathField) && language == QueryLanguage.JSONPATH) {
      String text = node.get(pathField).asText();
      PathExpression p = compile(pathField, () -> PathExpression.compileReferencePath(text));
      return new Field(pathField, text, p::find, true);
    }
    if (v == null) {
      return null;
    }
    if (language == QueryLanguage.JSONATA && JsonataTemplate.isExpression(v)) {
      JsonataTemplate t = compile(field, () -> JsonataTemplate.compile(field, v));
      return new Field(field, v.textValue(), t::evaluate, true);
    }
    return Field.constant(field, v);
  }

  /**
   * Fail's Error/Cause and their Path forms: in JSONPath the Path form may be a path or an
   * intrinsic function call.
   */
  Field stringOrPath(String field) {
    String pathField = field + "Path";
    if (language == QueryLanguage.JSONPATH && node.has(pathField)) {
      String text = node.get(pathField).asText();
      if (!text.startsWith("States.")) {
        PathExpression p = compile(pathField, () -> PathExpression.compileReferencePath(text));
        return new Field(pathField, text, p::find, true);
      }
      PayloadTemplate t =
          compile(
              pathField,
              () -> PayloadTemplate.compile(Json.NODES.objectNode().put(pathField + ".$", text)));
      return new Field(pathField, text, scope -> t.evaluate(scope).get(pathField), true);
    }
    return valueOrPath(field);
  }

  /** A JSONata template that must evaluate to {@code type} (Items, Condition, ...). */
  Field typedTemplate(String field, JsonType type) {
    JsonNode v = node.get(field);
    if (v == null) {
      return null;
    }
    JsonataTemplate t = compile(field, () -> JsonataTemplate.compile(field, v));
    return new Field(field, Json.write(v), scope -> t.evaluate(scope, type), true);
  }

  private <T> T compile(String field, java.util.function.Supplier<T> compiler) {
    try {
      return compiler.get();
    } catch (InvalidExpressionException e) {
      throw new ParseProblem(pointer + "/" + Pointers.escape(field), e.getMessage());
    }
  }
}
