package io.github.sfnemulator.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.json.Json;
import java.math.RoundingMode;
import java.util.List;

/**
 * The few ASL operations the hand-written workloads share, each as a Java programmer would write it
 * for one known path: a field read ({@code $.name}), ResultPath {@code $.name}, {@code
 * States.MathAdd}, {@code States.Format} and a Retry/Catch {@code ErrorEquals} match.
 */
final class Asl {
  private Asl() {}

  /**
   * {@code "key.$": "$.name"} in Parameters or ResultSelector: a missing field is {@code
   * States.ParameterPathFailure}.
   */
  static JsonNode parameter(JsonNode node, String name) {
    return field(node, name, StatesErrors.PARAMETER_PATH_FAILURE);
  }

  /** {@code $.name} as InputPath, OutputPath or a Choice variable: a missing field is a failure. */
  static JsonNode path(JsonNode node, String name) {
    return field(node, name, StatesErrors.RUNTIME);
  }

  private static JsonNode field(JsonNode node, String name, String error) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new StatesFailure(
          error, "The JSONPath '$." + name + "' could not be found in the input " + node);
    }
    return value;
  }

  /**
   * ResultPath {@code $.name}: the state's input with {@code name} set to {@code result}. The input
   * tree belongs to this one run and nothing reads the old value again, so it is changed in place
   * (the emulator copies, as its trees are shared with the history).
   */
  static ObjectNode withResult(JsonNode input, String name, JsonNode result) {
    if (!(input instanceof ObjectNode object)) {
      throw new StatesFailure(
          StatesErrors.RESULT_PATH_MATCH_FAILURE,
          "Unable to apply ResultPath '$." + name + "' to input " + input);
    }
    object.set(name, result);
    return object;
  }

  /** {@code States.MathAdd(a, b)}: each argument rounded to an integer (halves up), then added. */
  static JsonNode mathAdd(JsonNode a, JsonNode b) {
    long sum = (long) integer(a) + integer(b);
    return sum == (int) sum ? Json.NODES.numberNode((int) sum) : Json.NODES.numberNode(sum);
  }

  private static int integer(JsonNode n) {
    if (n.canConvertToInt() && n.isIntegralNumber()) {
      return n.intValue();
    }
    if (n.isNumber()) {
      try {
        return n.decimalValue().setScale(0, RoundingMode.HALF_UP).intValueExact();
      } catch (ArithmeticException tooLarge) {
        // falls through to the failure below
      }
    }
    throw new StatesFailure(
        StatesErrors.INTRINSIC_FAILURE, "States.MathAdd needs integer arguments, not " + n);
  }

  /**
   * {@code States.Format(template, args...)} for a template without escapes: each {@code {}} takes
   * the next argument, a string as its text and any other value as JSON.
   */
  static JsonNode format(String template, JsonNode... args) {
    StringBuilder out = new StringBuilder(template.length() + 16);
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        if (next == args.length) {
          throw placeholderMismatch(template, args);
        }
        JsonNode arg = args[next++];
        out.append(arg.isTextual() ? arg.textValue() : arg.toString());
        i++;
      } else {
        out.append(c);
      }
    }
    if (next != args.length) {
      throw placeholderMismatch(template, args);
    }
    return Json.NODES.textNode(out.toString());
  }

  private static StatesFailure placeholderMismatch(String template, JsonNode[] args) {
    return new StatesFailure(
        StatesErrors.INTRINSIC_FAILURE,
        "States.Format template '" + template + "' does not take " + args.length + " values");
  }

  /**
   * Whether a Retry or Catch with {@code errorEquals} handles {@code failure}: by name, or by
   * {@code States.ALL}, which does not take {@code States.Runtime}.
   */
  static boolean handles(List<String> errorEquals, StatesFailure failure) {
    for (String name : errorEquals) {
      if (name.equals(failure.error())
          || (name.equals(StatesErrors.ALL) && !failure.error().equals(StatesErrors.RUNTIME))) {
        return true;
      }
    }
    return false;
  }
}
