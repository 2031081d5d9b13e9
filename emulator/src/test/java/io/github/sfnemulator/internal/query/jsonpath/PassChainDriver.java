package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A test-only runner for state machines made only of JSONPath Pass states without Result: applies
 * InputPath, Parameters, Assign, ResultPath and OutputPath along StartAt/Next with the classes
 * under test, the way the interpreter will.
 */
final class PassChainDriver {
  static final String MACHINE_NAME = "MyMachine-abc";
  static final String EXECUTION_NAME = "exec-1";
  private static final String ARN_PREFIX = "arn:aws:states:us-east-1:123456789012:";
  private static final String TIME = "2024-01-01T00:00:00.000Z";

  /** How a run ended: an output, or an error and cause. */
  record Outcome(JsonNode output, String error, String cause) {}

  private PassChainDriver() {}

  /** Whether {@code definition} is a chain of JSONPath Pass states this driver can run. */
  static boolean supports(JsonNode definition) {
    if ("JSONata".equals(definition.path("QueryLanguage").asText())) {
      return false;
    }
    for (JsonNode state : definition.path("States")) {
      if (!"Pass".equals(state.path("Type").asText())
          || state.has("Result")
          || "JSONata".equals(state.path("QueryLanguage").asText())) {
        return false;
      }
    }
    return true;
  }

  static Outcome run(JsonNode definition, JsonNode executionInput) {
    Map<String, JsonNode> variables = new HashMap<>();
    String name = definition.get("StartAt").asText();
    JsonNode input = executionInput;
    int enteredEventId = 2;
    while (true) {
      JsonNode state = definition.get("States").get(name);
      try {
        TestScope scope = scope(input, executionInput, name, variables);
        JsonNode effective = select(state, "InputPath", input, scope);
        TestScope inner = scope(effective, executionInput, name, variables);
        JsonNode result =
            state.has("Parameters")
                ? PayloadTemplate.compile(state.get("Parameters")).evaluate(inner)
                : effective;
        assign(state, scope(result, executionInput, name, variables), variables);
        JsonNode combined = combine(state, input, result);
        input =
            select(state, "OutputPath", combined, scope(combined, executionInput, name, variables));
      } catch (StatesException e) {
        String cause = e.cause();
        if (StatesErrors.RUNTIME.equals(e.error())) {
          cause =
              "An error occurred while executing the state '"
                  + name
                  + "' (entered at the event id #"
                  + enteredEventId
                  + "). "
                  + cause;
        }
        return new Outcome(null, e.error(), cause);
      }
      if (state.path("End").asBoolean(false)) {
        return new Outcome(input, null, null);
      }
      name = state.get("Next").asText();
      enteredEventId += 2;
    }
  }

  private static JsonNode select(JsonNode state, String field, JsonNode value, TestScope scope) {
    if (!state.has(field)) {
      return value;
    }
    if (state.get(field).isNull()) {
      return Json.NODES.objectNode();
    }
    PathExpression path = PathExpression.compile(state.get(field).asText());
    JsonNode selected = path.find(scope);
    if (selected == null) {
      throw new StatesException(StatesErrors.RUNTIME, path.noResultsCause());
    }
    return selected;
  }

  private static JsonNode combine(JsonNode state, JsonNode rawInput, JsonNode result) {
    if (!state.has("ResultPath")) {
      return result;
    }
    if (state.get("ResultPath").isNull()) {
      return rawInput;
    }
    return ResultPathWriter.compile(state.get("ResultPath").asText()).apply(rawInput, result);
  }

  private static void assign(JsonNode state, TestScope scope, Map<String, JsonNode> variables) {
    if (!state.has("Assign")) {
      return;
    }
    JsonNode values = PayloadTemplate.compile(state.get("Assign")).evaluate(scope);
    for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      variables.put(member.getKey(), member.getValue());
    }
  }

  private static TestScope scope(
      JsonNode input, JsonNode executionInput, String stateName, Map<String, JsonNode> variables) {
    ObjectNode context = Json.NODES.objectNode();
    ObjectNode execution = context.putObject("Execution");
    execution.put("Id", ARN_PREFIX + "execution:" + MACHINE_NAME + ":" + EXECUTION_NAME);
    execution.set("Input", executionInput);
    execution.put("Name", EXECUTION_NAME);
    execution.put("RoleArn", "arn:aws:iam::123456789012:role/sfn");
    execution.put("StartTime", TIME);
    execution.put("RedriveCount", 0);
    ObjectNode machine = context.putObject("StateMachine");
    machine.put("Id", ARN_PREFIX + "stateMachine:" + MACHINE_NAME);
    machine.put("Name", MACHINE_NAME);
    ObjectNode current = context.putObject("State");
    current.put("Name", stateName);
    current.put("EnteredTime", TIME);
    return new TestScope(input, context, Map.copyOf(variables), 7);
  }
}
