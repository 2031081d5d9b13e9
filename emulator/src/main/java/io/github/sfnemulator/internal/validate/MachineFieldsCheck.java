package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The fields of a machine object: the top level, a Parallel branch or a Map processor. */
final class MachineFieldsCheck implements Check {
  private static final List<String> TOP_LEVEL =
      List.of("Comment", "StartAt", "States", "TimeoutSeconds", "Version", "QueryLanguage");
  private static final List<String> BRANCH = List.of("Comment", "StartAt", "States");
  private static final List<String> PROCESSOR =
      List.of("Comment", "StartAt", "States", "ProcessorConfig");

  @Override
  public void machine(MachineContext machine, DiagnosticSink out) {
    JsonNode node = machine.node();
    String owner = owner(machine);
    List<String> allowed = allowed(machine.kind());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      String pointer = machine.pointer(name);
      JsonNode value = field.getValue();
      if (!allowed.contains(name)) {
        out.add(SchemaMessages.unknownField(pointer, owner, name, allowed));
      } else if (name.equals("States") && !value.isObject()) {
        out.add(SchemaMessages.wrongType(pointer, name, "a JSON object of states", value));
      } else if (name.equals("States") && value.isEmpty()) {
        out.add(SchemaMessages.emptyStates(pointer));
      } else if (name.equals("StartAt") && !value.isTextual()) {
        out.add(SchemaMessages.wrongType(pointer, name, "a state name", value));
      } else if (name.equals("StartAt")
          && machine.states() != null
          && !machine.hasState(value.textValue())) {
        out.add(FlowMessages.missingStartAt(pointer, value.textValue()));
      } else if (name.equals("TimeoutSeconds")) {
        String mismatch = FieldTypes.mismatch(FieldKind.POSITIVE_INTEGER, value, false);
        if (mismatch != null) {
          out.add(SchemaMessages.wrongType(pointer, name, mismatch, value));
        }
      } else if (name.equals("QueryLanguage") && QueryLanguage.fromText(value.asText()) == null
          || name.equals("QueryLanguage") && !value.isTextual()) {
        out.add(SchemaMessages.badEnumValue(pointer, name, value, List.of("JSONPath", "JSONata")));
      } else if ((name.equals("Comment") || name.equals("Version")) && !value.isTextual()) {
        out.add(SchemaMessages.wrongType(pointer, name, "a string", value));
      }
    }
    for (String required : List.of("StartAt", "States")) {
      if (!node.has(required)) {
        out.add(SchemaMessages.missingField(machine.pointer(), owner, required));
      }
    }
  }

  private static List<String> allowed(MachineContext.Kind kind) {
    return switch (kind) {
      case TOP_LEVEL -> TOP_LEVEL;
      case BRANCH -> BRANCH;
      case ITEM_PROCESSOR -> PROCESSOR;
    };
  }

  static String owner(MachineContext machine) {
    return switch (machine.kind()) {
      case TOP_LEVEL -> "the state machine";
      case BRANCH -> "the Parallel branch at " + machine.pointer();
      case ITEM_PROCESSOR -> "the Map processor at " + machine.pointer();
    };
  }
}
