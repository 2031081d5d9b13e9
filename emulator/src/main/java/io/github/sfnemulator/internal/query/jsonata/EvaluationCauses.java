package io.github.sfnemulator.internal.query.jsonata;

import com.dashjoin.jsonata.JException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;

/**
 * The {@code States.QueryEvaluationError} causes AWS writes when a JSONata expression fails, as
 * recorded against the real service. AWS prefixes each with {@code "An error occurred while
 * executing the state 'S' (entered at the event id #N). "}; that prefix is the interpreter's.
 */
final class EvaluationCauses {
  private EvaluationCauses() {}

  static StatesException undefined(String expression, String field) {
    return error(subject(expression, field) + " returned nothing (undefined).", field);
  }

  static StatesException unsupported(String expression, String field) {
    return error(subject(expression, field) + " returned an unsupported result type.", field);
  }

  static StatesException unexpectedType(
      String expression, String field, JsonType expected, JsonNode actual) {
    String what =
        expression == null
            ? "The value specified for the field '" + field + "' has"
            : subject(expression, field) + " returned";
    return error(
        what
            + " an unexpected result type. Expected '"
            + expected.awsName()
            + "', but was '"
            + JsonType.of(actual).awsName()
            + "' for value: "
            + Json.write(actual),
        field);
  }

  static StatesException failed(String expression, String field, Throwable failure) {
    return error(
        subject(expression, field) + " threw an error during evaluation. " + detail(failure),
        field);
  }

  /** {@code T1006: Attempted to invoke a non-function}: JSONata's code and message. */
  private static String detail(Throwable thrown) {
    Throwable failure = thrown;
    while (failure.getClass() == RuntimeException.class && failure.getCause() != null) {
      failure = failure.getCause();
    }
    if (failure instanceof JException jsonata) {
      return jsonata.getError() + ": " + LibraryMessages.of(jsonata);
    }
    if (failure instanceof StackOverflowError) {
      return "U1001: Stack overflow error: Check for non-terminating recursive function."
          + "  Consider rewriting as tail-recursive.";
    }
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static String subject(String expression, String field) {
    String subject = "The JSONata expression '" + expression + "'";
    return field == null ? subject : subject + " specified for the field '" + field + "'";
  }

  private static StatesException error(String cause, String field) {
    return new StatesException(StatesErrors.QUERY_EVALUATION_ERROR, cause, field);
  }
}
