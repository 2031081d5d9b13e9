package io.github.sfnemulator.internal.parse;

import io.github.sfnemulator.internal.json.Pointers;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.QueryLanguage;
import io.github.sfnemulator.internal.model.State;
import io.github.sfnemulator.internal.model.StateMachineDefinition;
import io.github.sfnemulator.internal.model.Workflow;
import io.github.sfnemulator.internal.validate.DefinitionValidator;
import io.github.sfnemulator.validation.DefinitionException;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.Severity;
import io.github.sfnemulator.validation.ValidationResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns definition text into a validated {@link StateMachineDefinition}: read, validate, then
 * build the model, compiling every path and expression once.
 */
public final class DefinitionParser {
  private DefinitionParser() {}

  /**
   * Parses and validates {@code text}.
   *
   * @param name the definition's name for messages (a file or state machine name)
   * @throws DefinitionException with every diagnostic when the definition has errors
   */
  public static StateMachineDefinition parse(String name, String text) {
    DefinitionReader.Read read = DefinitionReader.read(text);
    if (!read.ok()) {
      throw new DefinitionException(name, new ValidationResult(List.of(read.problem())));
    }
    return parse(name, read.tree());
  }

  /** Validates and builds the model of an already-read tree. */
  public static StateMachineDefinition parse(String name, JsonNode tree) {
    ValidationResult result = DefinitionValidator.validate(tree);
    if (!result.isValid()) {
      throw new DefinitionException(name, result);
    }
    try {
      QueryLanguage language =
          tree.has("QueryLanguage")
              ? QueryLanguage.fromAsl(tree.get("QueryLanguage").asText())
              : QueryLanguage.JSONPATH;
      Workflow workflow = workflow(tree, "", language);
      Integer timeout = tree.has("TimeoutSeconds") ? tree.get("TimeoutSeconds").intValue() : null;
      String comment = tree.has("Comment") ? tree.get("Comment").asText() : null;
      return new StateMachineDefinition(workflow, language, timeout, comment, tree);
    } catch (ParseProblem p) {
      List<Diagnostic> all = new ArrayList<>(result.diagnostics());
      all.add(new Diagnostic(Severity.ERROR, "SCHEMA_VALIDATION_FAILED", p.pointer(), p.getMessage()));
      throw new DefinitionException(name, new ValidationResult(all));
    }
  }

  static Workflow workflow(JsonNode node, String pointer, QueryLanguage machineLanguage) {
    JsonNode states = node.get("States");
    Map<String, State> parsed = new LinkedHashMap<>();
    if (states != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String statePointer = Pointers.append(pointer, "States", e.getKey());
        parsed.put(
            e.getKey(), StateParser.parse(e.getKey(), e.getValue(), statePointer, machineLanguage));
      }
    }
    String startAt = node.has("StartAt") ? node.get("StartAt").asText() : null;
    if (startAt == null || !parsed.containsKey(startAt)) {
      throw new ParseProblem(pointer + "/StartAt", "StartAt must name a state of this scope.");
    }
    return new Workflow(startAt, parsed, pointer);
  }
}
