package io.github.sfnemulator.internal.validate;

import static io.github.sfnemulator.internal.validate.SchemaMessages.SCHEMA;
import static io.github.sfnemulator.validation.Diagnostic.error;
import static io.github.sfnemulator.validation.Diagnostic.warning;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.validation.Diagnostic;

/** Messages about Choice rules, retriers and catchers. */
final class RuleMessages {
  private RuleMessages() {}

  static Diagnostic emptyChoices(String pointer, String state) {
    return error(
        SCHEMA,
        pointer,
        "Choice state '" + state + "' has no choice rules. Add at least one to 'Choices'.");
  }

  static Diagnostic unknownRuleField(String pointer, String field) {
    return error(
        SCHEMA,
        pointer,
        "'"
            + field
            + "' is neither a Choice operator nor a field of a choice rule. Fix its spelling (for"
            + " example StringEquals, NumericGreaterThanPath, IsPresent, And) or remove it.");
  }

  static Diagnostic noOperator(String pointer) {
    return error(
        SCHEMA,
        pointer,
        "This choice rule has no comparison operator. Add one, such as \"StringEquals\": \"x\", or"
            + " combine rules with And, Or or Not.");
  }

  static Diagnostic severalOperators(String pointer, String operators) {
    return error(
        SCHEMA,
        pointer,
        "This choice rule has several operators ("
            + operators
            + "); a rule has exactly one. Combine them with And or Or.");
  }

  static Diagnostic operatorWithoutVariable(String pointer, String operator) {
    return error(
        SCHEMA,
        pointer,
        "'" + operator + "' compares 'Variable', which is missing. Add \"Variable\": \"$.field\".");
  }

  static Diagnostic variableWithBooleanOperator(String pointer, String operator) {
    return error(
        SCHEMA,
        pointer,
        "'Variable' has no meaning next to '" + operator + "'. Move it into the nested rules.");
  }

  static Diagnostic fieldOnlyInTopLevelRule(String pointer, String field) {
    return error(
        SCHEMA,
        pointer,
        "'"
            + field
            + "' is only allowed on a top-level choice rule, not inside And, Or or Not. Remove"
            + " it.");
  }

  static Diagnostic missingRuleNext(String pointer) {
    return error(
        SCHEMA,
        pointer,
        "This choice rule has no 'Next'. Add the name of the state to go to when it matches.");
  }

  static Diagnostic missingCondition(String pointer) {
    return error(
        SCHEMA,
        pointer,
        "This JSONata choice rule has no 'Condition'. Add \"Condition\": \"{% ... %}\".");
  }

  static Diagnostic invalidPath(String pointer, String field, String problem) {
    return error(SCHEMA, pointer, "'" + field + "' is not a valid path: " + problem);
  }

  static Diagnostic invalidExpression(String pointer, String field, String problem) {
    return error(SCHEMA, pointer, "'" + field + "' does not compile: " + problem);
  }

  static Diagnostic invalidTimestamp(String pointer, String field, String text) {
    return error(
        SCHEMA,
        pointer,
        "'"
            + field
            + "' must be an ISO-8601 timestamp such as 2016-03-14T01:59:00Z, not '"
            + text
            + "'."
            + (text.startsWith("$") ? " To read it from the input, use '" + field + "Path'." : ""));
  }

  static Diagnostic looksLikePath(String pointer, String field, String text) {
    return warning(
        "NO_PATH",
        pointer,
        "'"
            + field
            + "' compares with the literal text '"
            + text
            + "', which looks like a path. To compare with the value at that path, use '"
            + field
            + "Path'.");
  }

  static Diagnostic looksLikeDollarField(String pointer, String field, String text) {
    return warning(
        "NO_DOLLAR",
        pointer,
        "'"
            + field
            + "' holds '"
            + text
            + "', which looks like a path or intrinsic function but is used as literal text. Rename"
            + " the field to '"
            + field
            + ".$' to evaluate it.");
  }

  static Diagnostic passResultIsStatic(String pointer, String field) {
    return warning(
        "PASS_RESULT_IS_STATIC",
        pointer,
        "'"
            + field
            + "' is inside a Pass state's Result, which is never evaluated. Use 'Parameters' to"
            + " build output from paths.");
  }

  static Diagnostic statesAllNotLast(String pointer, String list) {
    return error(
        SCHEMA,
        pointer,
        "'States.ALL' must appear alone in 'ErrorEquals' and in the last "
            + (list.equals("Retry") ? "retrier" : "catcher")
            + ". Move it to its own "
            + (list.equals("Retry") ? "retrier" : "catcher")
            + " at the end.");
  }

  /**
   * A warning, not an error: AWS accepts such names and its own samples deploy them (States.
   * TaskFailedId, States.QuorumMet), though only a Fail state or a Task's error can raise them.
   */
  static Diagnostic unknownReservedError(String pointer, String name) {
    return warning(
        "RESERVED_ERROR_NAME",
        pointer,
        "'"
            + name
            + "' is not an error Step Functions raises, and the 'States.' prefix is reserved for"
            + " those. AWS accepts it, but check the spelling (for example States.TaskFailed,"
            + " States.Timeout) or use a name without the 'States.' prefix.");
  }

  static Diagnostic emptyErrorEquals(String pointer) {
    return error(
        SCHEMA,
        pointer,
        "'ErrorEquals' is empty. List the error names to match, or \"States.ALL\".");
  }

  static Diagnostic outOfRange(String pointer, String field, String range, JsonNode actual) {
    return error(
        SCHEMA,
        pointer,
        "'" + field + "' must be " + range + ", not " + SchemaMessages.describe(actual) + ".");
  }
}
