package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.jsonata.JsonataTemplate;
import io.github.sfnemulator.internal.query.jsonpath.PathExpression;
import io.github.sfnemulator.internal.query.jsonpath.PayloadTemplate;
import io.github.sfnemulator.internal.query.jsonpath.ResultPathWriter;

/**
 * Compiles paths, templates and JSONata with the interpreter's own compilers and turns their {@link
 * InvalidExpressionException} into the text of a diagnostic, so the validator accepts exactly what
 * the interpreter can run.
 */
final class Expressions {
  private Expressions() {}

  /**
   * The compiler's complaint about {@code value} as {@code kind}, or {@code null} if it compiles.
   */
  static String problem(FieldKind kind, JsonNode value, boolean jsonata) {
    try {
      compile(kind, value, jsonata);
      return null;
    } catch (InvalidExpressionException e) {
      return e.getMessage();
    }
  }

  static String pathProblem(String text) {
    try {
      PathExpression.compile(text);
      return null;
    } catch (InvalidExpressionException e) {
      return e.getMessage();
    }
  }

  /**
   * As {@link #pathProblem}, for the fields that take a Reference Path (the {@code *Path}
   * operators).
   */
  static String referencePathProblem(String text) {
    try {
      PathExpression.compileReferencePath(text);
      return null;
    } catch (InvalidExpressionException e) {
      return e.getMessage();
    }
  }

  private static void compile(FieldKind kind, JsonNode value, boolean jsonata) {
    if (jsonata) {
      JsonataTemplate.compile(value);
      return;
    }
    switch (kind) {
      case NULLABLE_PATH -> {
        if (value.isTextual()) {
          PathExpression.compile(value.textValue());
        }
      }
      case REFERENCE_PATH -> PathExpression.compileReferencePath(value.textValue());
      case REFERENCE_PATH_OR_INTRINSIC -> {
        if (value.textValue().startsWith("States.")) {
          PayloadTemplate.compile(Json.NODES.objectNode().set("value.$", value));
        } else {
          PathExpression.compileReferencePath(value.textValue());
        }
      }
      case RESULT_PATH -> {
        if (value.isTextual()) {
          ResultPathWriter.compile(value.textValue());
        }
      }
      case PAYLOAD_TEMPLATE, TEMPLATE -> PayloadTemplate.compile(value);
      default -> {
        // literal values: nothing to compile in JSONPath states
      }
    }
  }
}
