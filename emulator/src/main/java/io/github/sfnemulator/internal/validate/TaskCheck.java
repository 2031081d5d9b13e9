package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** A Task's Resource is an ARN, and its heartbeat is shorter than its timeout. */
final class TaskCheck implements Check {
  private static final Pattern ARN = Pattern.compile("arn:[a-z0-9-]+:[a-z0-9-]+:[^:]*:[^:]*:.+");

  @Override
  public void state(StateContext state, DiagnosticSink out) {
    if (!state.is("Task")) {
      return;
    }
    JsonNode resource = state.get("Resource");
    if (resource != null && !(resource.isTextual() && isArn(resource.textValue()))) {
      out.add(StateMessages.invalidResource(state.pointer("Resource"), resource));
    }
    JsonNode heartbeat = state.get("HeartbeatSeconds");
    JsonNode timeout = state.get("TimeoutSeconds");
    if (heartbeat != null
        && timeout != null
        && FieldTypes.isInteger(heartbeat)
        && FieldTypes.isInteger(timeout)
        && heartbeat.decimalValue().compareTo(timeout.decimalValue()) >= 0) {
      out.add(
          StateMessages.heartbeatNotBelowTimeout(
              state.pointer("HeartbeatSeconds"), heartbeat, timeout));
    }
    Exclusive.check(state, "TimeoutSeconds", "TimeoutSecondsPath", out);
    Exclusive.check(state, "HeartbeatSeconds", "HeartbeatSecondsPath", out);
  }

  static boolean isArn(String text) {
    return ARN.matcher(text).matches();
  }
}
