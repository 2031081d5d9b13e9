package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.json.Payloads;
import io.github.sfnemulator.internal.model.DataFlow;
import io.github.sfnemulator.internal.model.Field;
import io.github.sfnemulator.internal.query.jsonpath.PathExpression;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A state's input and output processing, in the order AWS applies it: InputPath, Parameters (or
 * Arguments), the state's work, ResultSelector, Assign, ResultPath, OutputPath (or Output).
 */
final class DataFlowSteps {
  private DataFlowSteps() {}

  /** What a state leaves with: its output and the variables it assigned (null when none). */
  record Outcome(JsonNode output, ObjectNode assigned) {}

  /** The effective input: InputPath applied to the raw input ({@code {}} for a null InputPath). */
  static JsonNode effectiveInput(Fiber f, DataFlow io) {
    if (f.state.common().isJsonata()) {
      return f.rawInput;
    }
    return select(f, io.inputPath(), f.rawInput);
  }

  /** Parameters (JSONPath, over the effective input) or Arguments (JSONata); else the input. */
  static JsonNode parameters(Fiber f, Field parameters, JsonNode effective) {
    return parameters(f, parameters, effective, null);
  }

  /** Parameters that may read {@code $$.Task.Token}. */
  static JsonNode parameters(Fiber f, Field parameters, JsonNode effective, String taskToken) {
    if (parameters == null) {
      return effective;
    }
    StateScope scope = new StateScope(f, f.state.common().isJsonata() ? f.rawInput : effective);
    return parameters.evaluate(taskToken == null ? scope : scope.withTaskToken(taskToken));
  }

  /** ResultSelector over the raw result (JSONPath only). */
  static JsonNode selectResult(Fiber f, DataFlow io, JsonNode result) {
    Field selector = io.resultSelector();
    return selector == null ? result : selector.evaluate(new StateScope(f, result));
  }

  /**
   * Assign and the output. {@code result} is the state's result, or null for states without one
   * (Choice, Wait, Succeed). Both see the variables as they were when the state was entered.
   */
  static Outcome complete(
      Fiber f, DataFlow io, JsonNode effective, JsonNode result, Field assign, Field output) {
    ObjectNode assigned;
    JsonNode out;
    if (f.state.common().isJsonata()) {
      StateScope scope = new StateScope(f, f.rawInput).withResult(result);
      assigned = evaluateAssign(assign, scope);
      out = output != null ? output.evaluate(scope) : result != null ? result : f.rawInput;
    } else {
      assigned = evaluateAssign(assign, new StateScope(f, result != null ? result : effective));
      JsonNode combined;
      if (result == null) {
        combined = effective;
      } else if (io.resultPath() == null) {
        combined = f.rawInput;
      } else {
        combined = io.resultPath().apply(f.rawInput, result);
      }
      out = select(f, io.outputPath(), combined);
    }
    assign(f, assigned);
    return new Outcome(out, assigned);
  }

  static Outcome complete(Fiber f, DataFlow io, JsonNode effective, JsonNode result) {
    return complete(f, io, effective, result, io.assign(), io.output());
  }

  static ObjectNode evaluateAssign(Field assign, StateScope scope) {
    if (assign == null) {
      return null;
    }
    JsonNode value = assign.evaluate(scope);
    if (!(value instanceof ObjectNode object)) {
      throw new StatesException(
          StatesErrors.RUNTIME,
          "The Assign field must evaluate to an object, not " + Json.write(value));
    }
    // AWS caps one variable and one state's assignments at 256 KiB each.
    if (Payloads.exceedsLimit(object)) {
      throw new StatesException(
          StatesErrors.DATA_LIMIT_EXCEEDED,
          "The variables assigned by this state exceed the maximum size of 262144 bytes.");
    }
    return object;
  }

  /** Makes {@code assigned} visible to the states that follow. */
  static void assign(Fiber f, ObjectNode assigned) {
    if (assigned == null || assigned.isEmpty()) {
      return;
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    assigned.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
    f.variables = f.variables.with(values);
  }

  /** A path applied to {@code value}: {@code $} is {@code value}, null gives {@code {}}. */
  static JsonNode select(Fiber f, PathExpression path, JsonNode value) {
    if (path == null) {
      return Json.NODES.objectNode();
    }
    if (path == DataFlow.ROOT) {
      return value;
    }
    JsonNode selected = path.find(new StateScope(f, value));
    if (selected == null) {
      throw StateErrors.noResults(path.text());
    }
    return selected;
  }
}
