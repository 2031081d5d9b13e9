package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.json.SmallObjectMap;
import java.util.function.Supplier;

/** Builders of the details objects AWS attaches to history events. */
final class Events {
  private static final ObjectNode NOT_TRUNCATED = Json.NODES.objectNode().put("truncated", false);

  private Events() {}

  static ObjectNode notTruncated() {
    return NOT_TRUNCATED;
  }

  /** A details object sized for its few fields: an execution keeps every event it writes. */
  static ObjectNode small() {
    return new ObjectNode(Json.NODES, new SmallObjectMap(4));
  }

  static ObjectNode errorDetails(String error, String cause) {
    ObjectNode details = small();
    if (error != null) {
      details.put("error", error);
    }
    if (cause != null) {
      details.put("cause", cause);
    }
    return details;
  }

  /**
   * The details of a state's entered event, built when read. A class rather than a lambda: a
   * capturing lambda is allocated through a method handle until the JIT compiles its call site,
   * several times the cost of {@code new}, and every state of every execution makes two of these.
   */
  record StateEntered(String name, JsonNode input) implements Supplier<ObjectNode> {
    @Override
    public ObjectNode get() {
      return stateEntered(name, input);
    }
  }

  /** The execution's first state's entered details: its input as the caller wrote it. */
  record FirstStateEntered(String name, String inputText) implements Supplier<ObjectNode> {
    @Override
    public ObjectNode get() {
      ObjectNode details = small();
      details.put("name", name);
      details.put("input", inputText);
      details.set("inputDetails", NOT_TRUNCATED);
      return details;
    }
  }

  /** The details of a state's exited event, built when read (a class for the same reason). */
  record StateExited(String name, JsonNode output, JsonNode assigned)
      implements Supplier<ObjectNode> {
    @Override
    public ObjectNode get() {
      return stateExited(name, output, assigned);
    }
  }

  static ObjectNode stateEntered(String name, JsonNode input) {
    ObjectNode details = small();
    details.put("name", name);
    details.put("input", Json.write(input));
    details.set("inputDetails", NOT_TRUNCATED);
    return details;
  }

  static ObjectNode stateExited(String name, JsonNode output, JsonNode assigned) {
    ObjectNode details = small();
    details.put("name", name);
    details.put("output", Json.write(output));
    details.set("outputDetails", NOT_TRUNCATED);
    if (assigned != null && !assigned.isEmpty()) { // AWS writes nothing for an empty Assign
      ObjectNode vars = Json.NODES.objectNode();
      assigned.fields().forEachRemaining(e -> vars.put(e.getKey(), Json.write(e.getValue())));
      details.set("assignedVariables", vars);
      details.set("assignedVariablesDetails", NOT_TRUNCATED);
    }
    return details;
  }
}
