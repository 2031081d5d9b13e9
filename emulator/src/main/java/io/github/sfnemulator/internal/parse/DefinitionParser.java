package io.github.sfnemulator.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Pointers;
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
 * Turns definition text into a validated {@link StateMachineDefinition}: read, validate, then build
 * the model, compiling every path and expression once.
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
    Built built = build(tree);
    if (built.model() == null) {
      throw new DefinitionException(name, built.result());
    }
    return built.model();
  }

  /**
   * The diagnostics of {@code read} exactly as {@link #parse} decides: the validator's, plus the
   * problem the model builder finds when the validator finds none. {@code validate()}, the CLI and
   * the Maven plugin call this, so a definition they pass is one {@code createStateMachine}
   * accepts. Never throws.
   */
  public static ValidationResult validate(DefinitionReader.Read read) {
    return read.ok() ? build(read.tree()).result() : new ValidationResult(List.of(read.problem()));
  }

  /** The model, or null with the errors that prevent it; {@code result} holds every diagnostic. */
  private record Built(StateMachineDefinition model, ValidationResult result) {}

  private static Built build(JsonNode tree) {
    ValidationResult result;
    try {
      result = DefinitionValidator.validate(tree);
      if (!result.isValid()) {
        return new Built(null, result);
      }
    } catch (StackOverflowError e) {
      return new Built(null, tooDeep(List.of()));
    }
    try {
      return new Built(model(tree), result);
    } catch (ParseProblem p) {
      List<Diagnostic> all = new ArrayList<>(result.diagnostics());
      all.add(
          new Diagnostic(Severity.ERROR, "SCHEMA_VALIDATION_FAILED", p.pointer(), p.getMessage()));
      return new Built(null, new ValidationResult(all));
    } catch (StackOverflowError e) {
      return new Built(null, tooDeep(result.diagnostics()));
    }
  }

  /**
   * Every compiler bounds its own nesting (paths, intrinsic calls, JSONata, the document itself);
   * this is the last line, so that a shape no bound foresaw still gives a diagnostic, never an
   * Error. The walk that overflowed built nothing shared, so nothing is left half-done.
   */
  private static ValidationResult tooDeep(List<Diagnostic> before) {
    List<Diagnostic> all = new ArrayList<>(before);
    all.add(
        new Diagnostic(
            Severity.ERROR,
            "TOO_DEEPLY_NESTED",
            "",
            "The definition nests expressions too deeply to compile. Split deeply nested paths,"
                + " intrinsic calls or JSONata expressions into several states or variables."));
    return new ValidationResult(all);
  }

  private static StateMachineDefinition model(JsonNode tree) {
    QueryLanguage language =
        tree.has("QueryLanguage")
            ? QueryLanguage.fromAsl(tree.get("QueryLanguage").asText())
            : QueryLanguage.JSONPATH;
    Workflow workflow = workflow(tree, "", language);
    Integer timeout = tree.has("TimeoutSeconds") ? tree.get("TimeoutSeconds").intValue() : null;
    String comment = tree.has("Comment") ? tree.get("Comment").asText() : null;
    return new StateMachineDefinition(workflow, language, timeout, comment, tree);
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
