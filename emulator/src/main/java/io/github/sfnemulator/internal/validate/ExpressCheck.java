package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Pointers;
import io.github.sfnemulator.internal.model.TaskResource;
import io.github.sfnemulator.validation.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an EXPRESS state machine may not use, as CreateStateMachine refuses it (responses recorded
 * from AWS by LocalStack, test_sfn_api_express): a {@code .waitForTaskToken} or {@code .sync}
 * integration, or an activity. Express executions run at most five minutes and are not kept, so
 * nothing can call back into them. Inline Map iterations and Parallel branches are checked too.
 */
public final class ExpressCheck {
  private static final String CODE = "SCHEMA_VALIDATION_FAILED";

  private ExpressCheck() {}

  /** The diagnostics for a definition tree of an EXPRESS machine; empty when it may run as one. */
  public static List<Diagnostic> check(JsonNode definition) {
    List<Diagnostic> out = new ArrayList<>();
    states(definition.path("States"), "/States", out);
    return out;
  }

  private static void states(JsonNode states, String at, List<Diagnostic> out) {
    for (Map.Entry<String, JsonNode> entry : states.properties()) {
      String where = Pointers.child(at, entry.getKey());
      JsonNode state = entry.getValue();
      JsonNode resource = state.path("Resource");
      if ("Task".equals(state.path("Type").asText()) && resource.isTextual()) {
        task(TaskResource.of(resource.asText()), Pointers.child(where, "Resource"), out);
      }
      JsonNode branches = state.path("Branches");
      for (int i = 0; i < branches.size(); i++) {
        states(
            branches.get(i).path("States"),
            Pointers.append(where, "Branches", Integer.toString(i), "States"),
            out);
      }
      for (String processor : List.of("ItemProcessor", "Iterator")) {
        // a Distributed Map's iterations are child executions of their own type, not this one
        JsonNode inner = state.path(processor);
        if (!"DISTRIBUTED".equals(inner.path("ProcessorConfig").path("Mode").asText())) {
          states(inner.path("States"), Pointers.append(where, processor, "States"), out);
        }
      }
    }
  }

  private static void task(TaskResource resource, String location, List<Diagnostic> out) {
    String refused =
        resource.kind() == TaskResource.Kind.ACTIVITY
            ? "Activity ARN"
            : switch (resource.pattern()) {
              // AWS's text has two spaces before "at" for this one; the trailing space keeps it
              case WAIT_FOR_TASK_TOKEN -> "'.waitForTaskToken' service integration ";
              case SYNC, SYNC_2 -> "'.sync' service integration";
              case REQUEST_RESPONSE -> null;
            };
    if (refused != null) {
      out.add(
          Diagnostic.error(CODE, location, "Express state machine does not support " + refused));
    }
  }
}
