package io.github.sfnemulator.internal.validate;

import static io.github.sfnemulator.internal.validate.SchemaMessages.SCHEMA;
import static io.github.sfnemulator.validation.Diagnostic.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.validation.Diagnostic;
import java.util.List;

/** Messages about rules specific to one state type: Task, Wait, Fail, Parallel, Map. */
final class StateMessages {
  private StateMessages() {}

  static Diagnostic invalidResource(String pointer, JsonNode resource) {
    return error(
        "INVALID_RESOURCE",
        pointer,
        "'Resource' must be an ARN such as arn:aws:states:::lambda:invoke or"
            + " arn:aws:lambda:us-east-1:123456789012:function:name, not "
            + SchemaMessages.describe(resource)
            + ".");
  }

  static Diagnostic heartbeatNotBelowTimeout(String pointer, JsonNode heartbeat, JsonNode timeout) {
    return error(
        SCHEMA,
        pointer,
        "'HeartbeatSeconds' ("
            + heartbeat
            + ") must be smaller than 'TimeoutSeconds' ("
            + timeout
            + "). Lower the heartbeat or raise the timeout.");
  }

  static Diagnostic exactlyOneOf(
      String pointer, String state, List<String> fields, List<String> present) {
    return error(
        SCHEMA,
        pointer,
        "State '"
            + state
            + "' must have exactly one of "
            + String.join(", ", fields)
            + (present.isEmpty()
                ? ", and has none. Add one."
                : ", and has " + String.join(" and ", present) + ". Keep one."));
  }

  static Diagnostic mutuallyExclusive(String pointer, String state, String field, String other) {
    return error(
        SCHEMA,
        pointer,
        "State '"
            + state
            + "' has both '"
            + field
            + "' and '"
            + other
            + "', which exclude each other. Keep one of them.");
  }

  static Diagnostic emptyBranches(String pointer, String state) {
    return error(
        SCHEMA,
        pointer,
        "Parallel state '" + state + "' has no branches. Add at least one to 'Branches'.");
  }

  static Diagnostic distributedWithoutExecutionType(String pointer) {
    return error(
        SCHEMA,
        pointer,
        "A DISTRIBUTED Map processor needs 'ExecutionType' (STANDARD or EXPRESS) in"
            + " 'ProcessorConfig'. Add it.");
  }
}
