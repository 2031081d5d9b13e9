package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.internal.json.Json;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The state machine TestState runs: the tested state first (after a Pass state that assigns the
 * request's variables, if any), and a Succeed stub for each state it can go to, so the history
 * shows where it went and with what. Retry is left out, since TestState reports RETRIABLE instead
 * of retrying; Catch is kept only when asked.
 *
 * @param name the tested state's name
 * @param state the tested state as given
 * @param queryLanguage the machine's top-level QueryLanguage, or null
 */
record SingleStateMachine(String name, ObjectNode state, String queryLanguage) {
  static final String DEFAULT_NAME = "TestState";
  private static final String VARIABLES_STATE = "SfnEmulatorTestStateVariables";

  /** Reads TestState's {@code definition}: one state, or a whole machine with {@code stateName}. */
  static SingleStateMachine of(String definition, String stateName) {
    JsonNode tree;
    try {
      tree = Json.parse(definition);
    } catch (RuntimeException e) {
      throw new SfnApiException(
          "InvalidDefinition",
          "Invalid State Machine Definition: 'The definition is not valid JSON.'");
    }
    if (!tree.isObject()) {
      throw new SfnApiException(
          "InvalidDefinition",
          "Invalid State Machine Definition: 'A state must be a JSON object.'");
    }
    JsonNode states = tree.get("States");
    if (states == null) {
      return new SingleStateMachine(
          stateName == null ? DEFAULT_NAME : stateName, (ObjectNode) tree, null);
    }
    String name = stateName != null ? stateName : tree.path("StartAt").asText(null);
    JsonNode state = name == null ? null : states.get(name);
    if (state == null || !state.isObject()) {
      throw new SfnApiException(
          "ValidationException",
          "The definition has no state named '" + name + "'. Set stateName.");
    }
    return new SingleStateMachine(
        name, (ObjectNode) state, tree.path("QueryLanguage").asText(null));
  }

  /** Whether the state evaluates JSONata (its own QueryLanguage, else the machine's). */
  boolean jsonata() {
    return "JSONata".equals(state.path("QueryLanguage").asText(queryLanguage));
  }

  String type() {
    return state.path("Type").asText("");
  }

  /** The definition to run; {@code variables} is a JSON object or null. */
  String definition(boolean keepCatch, JsonNode variables) {
    ObjectNode machine = Json.NODES.objectNode();
    if (queryLanguage != null) {
      machine.put("QueryLanguage", queryLanguage);
    }
    ObjectNode states = Json.NODES.objectNode();
    boolean assign = variables != null && variables.size() > 0;
    machine.put("StartAt", assign ? VARIABLES_STATE : name);
    if (assign) {
      states
          .putObject(VARIABLES_STATE)
          .put("Type", "Pass")
          .put("Next", name)
          .set("Assign", variables);
    }
    ObjectNode tested = state.deepCopy();
    tested.remove("Retry");
    if (!keepCatch) {
      tested.remove("Catch");
    }
    states.set(name, tested);
    for (String target : targets(tested)) {
      if (!states.has(target)) {
        states.putObject(target).put("Type", "Succeed");
      }
    }
    machine.set("States", states);
    return Json.write(machine);
  }

  private static Set<String> targets(ObjectNode state) {
    Set<String> out = new LinkedHashSet<>();
    addText(out, state.get("Next"));
    addText(out, state.get("Default"));
    state.path("Choices").forEach(c -> addText(out, c.get("Next")));
    state.path("Catch").forEach(c -> addText(out, c.get("Next")));
    return out;
  }

  private static void addText(Set<String> out, JsonNode node) {
    if (node != null && node.isTextual()) {
      out.add(node.textValue());
    }
  }
}
