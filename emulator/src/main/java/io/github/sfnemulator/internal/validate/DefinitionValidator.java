package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Pointers;
import io.github.sfnemulator.internal.parse.DefinitionReader;
import io.github.sfnemulator.validation.ValidationResult;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Static checks of a definition tree in the spirit of AWS's ValidateStateMachineDefinition. Works
 * on the raw JSON tree, so it can report every problem even when no model can be built.
 *
 * <p>One walk visits every machine (top level, Parallel branches, Map processors) and every state,
 * handing each to every {@link Check}; the diagnostics are then put in document order.
 */
public final class DefinitionValidator {
  private static final List<Check> CHECKS =
      List.of(
          new MachineFieldsCheck(),
          new NestingCheck(),
          new NamesCheck(),
          new StateFieldsCheck(),
          new TransitionsCheck(),
          new ReachabilityCheck(),
          new ChoiceRulesCheck(),
          new RetryCatchCheck(),
          new TaskCheck(),
          new WaitFailCheck(),
          new MapParallelCheck(),
          new ExpressionsCheck());

  private DefinitionValidator() {}

  /** Every diagnostic for {@code definition}, in document order. */
  public static ValidationResult validate(JsonNode definition) {
    if (definition == null || !definition.isObject()) {
      return new ValidationResult(List.of(SchemaMessages.definitionNotAnObject(definition)));
    }
    DiagnosticSink sink = new DiagnosticSink();
    QueryLanguage language = QueryLanguage.fromText(definition.path("QueryLanguage").asText());
    walk(
        new MachineContext(
            "",
            definition,
            MachineContext.Kind.TOP_LEVEL,
            language == null ? QueryLanguage.JSONPATH : language,
            0),
        sink);
    return new ValidationResult(DocumentOrder.sort(definition, sink.diagnostics()));
  }

  /**
   * Reads {@code text} (JSON, or YAML when it does not start with '{') and validates it. Text that
   * cannot be read gives a single diagnostic; this never throws.
   */
  public static ValidationResult validate(String text) {
    return validate(DefinitionReader.read(text));
  }

  /** Validates what {@link DefinitionReader} read, or reports why it read nothing. */
  public static ValidationResult validate(DefinitionReader.Read read) {
    return read.ok() ? validate(read.tree()) : new ValidationResult(List.of(read.problem()));
  }

  private static void walk(MachineContext machine, DiagnosticSink sink) {
    CHECKS.forEach(check -> check.machine(machine, sink));
    JsonNode states = machine.states();
    if (states == null || machine.depth() > NestingCheck.MAX_DEPTH) {
      return;
    }
    String statesPointer = machine.pointer("States");
    for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String pointer = Pointers.child(statesPointer, entry.getKey());
      JsonNode node = entry.getValue();
      if (!node.isObject()) {
        sink.add(SchemaMessages.stateNotAnObject(pointer, entry.getKey(), node));
        continue;
      }
      StateContext state =
          new StateContext(
              entry.getKey(), pointer, node, typeOf(node), languageOf(node, machine), machine);
      CHECKS.forEach(check -> check.state(state, sink));
      walkNested(state, sink);
    }
  }

  private static void walkNested(StateContext state, DiagnosticSink sink) {
    int depth = state.machine().depth() + 1;
    QueryLanguage language = state.machine().language();
    if (state.is("Parallel") && state.get("Branches") != null && state.get("Branches").isArray()) {
      JsonNode branches = state.get("Branches");
      for (int i = 0; i < branches.size(); i++) {
        if (branches.get(i).isObject()) {
          String pointer = Pointers.child(state.pointer("Branches"), i);
          walk(
              new MachineContext(
                  pointer, branches.get(i), MachineContext.Kind.BRANCH, language, depth),
              sink);
        }
      }
    }
    if (state.is("Map")) {
      for (String field : List.of("ItemProcessor", "Iterator")) {
        JsonNode processor = state.get(field);
        if (processor != null && processor.isObject()) {
          walk(
              new MachineContext(
                  state.pointer(field),
                  processor,
                  MachineContext.Kind.ITEM_PROCESSOR,
                  language,
                  depth),
              sink);
        }
      }
    }
  }

  private static String typeOf(JsonNode state) {
    JsonNode type = state.get("Type");
    return type != null && type.isTextual() && StateSchema.TYPES.contains(type.textValue())
        ? type.textValue()
        : null;
  }

  private static QueryLanguage languageOf(JsonNode state, MachineContext machine) {
    JsonNode declared = state.get("QueryLanguage");
    QueryLanguage language = declared == null ? null : QueryLanguage.fromText(declared.asText());
    return language == null ? machine.language() : language;
  }
}
