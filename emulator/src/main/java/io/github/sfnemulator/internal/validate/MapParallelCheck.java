package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Pointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Parallel branches and the Map state's processor, ProcessorConfig, ItemReader, ItemBatcher,
 * ResultWriter and the value-or-path pairs.
 */
final class MapParallelCheck implements Check {
  private static final List<String> PROCESSORS = List.of("ItemProcessor", "Iterator");
  private static final Map<String, List<String>> SUB_OBJECT_FIELDS =
      Map.of(
          "ProcessorConfig", List.of("Mode", "ExecutionType"),
          "ItemReader", List.of("Resource", "ReaderConfig", "Parameters", "Arguments"),
          "ItemBatcher",
              List.of(
                  "MaxItemsPerBatch",
                  "MaxItemsPerBatchPath",
                  "MaxInputBytesPerBatch",
                  "MaxInputBytesPerBatchPath",
                  "BatchInput"),
          "ResultWriter", List.of("Resource", "Parameters", "Arguments", "WriterConfig"));

  @Override
  public void machine(MachineContext machine, DiagnosticSink out) {
    JsonNode config = machine.node().get("ProcessorConfig");
    if (machine.kind() != MachineContext.Kind.ITEM_PROCESSOR || config == null) {
      return;
    }
    String pointer = machine.pointer("ProcessorConfig");
    if (!config.isObject()) {
      out.add(SchemaMessages.wrongType(pointer, "ProcessorConfig", "a JSON object", config));
      return;
    }
    subObject("ProcessorConfig", pointer, config, out);
    JsonNode mode = config.get("Mode");
    if (mode != null && !List.of("INLINE", "DISTRIBUTED").contains(mode.asText())) {
      out.add(
          SchemaMessages.badEnumValue(
              Pointers.child(pointer, "Mode"), "Mode", mode, List.of("INLINE", "DISTRIBUTED")));
    }
    JsonNode executionType = config.get("ExecutionType");
    if (executionType != null && !List.of("STANDARD", "EXPRESS").contains(executionType.asText())) {
      out.add(
          SchemaMessages.badEnumValue(
              Pointers.child(pointer, "ExecutionType"),
              "ExecutionType",
              executionType,
              List.of("STANDARD", "EXPRESS")));
    }
    if (mode != null && mode.asText().equals("DISTRIBUTED") && executionType == null) {
      out.add(StateMessages.distributedWithoutExecutionType(pointer));
    }
  }

  @Override
  public void state(StateContext state, DiagnosticSink out) {
    if (state.is("Parallel")) {
      parallel(state, out);
    } else if (state.is("Map")) {
      map(state, out);
    }
  }

  private static void parallel(StateContext state, DiagnosticSink out) {
    JsonNode branches = state.get("Branches");
    if (branches == null || !branches.isArray()) {
      return;
    }
    if (branches.isEmpty()) {
      out.add(StateMessages.emptyBranches(state.pointer("Branches"), state.name()));
    }
    for (int i = 0; i < branches.size(); i++) {
      if (!branches.get(i).isObject()) {
        out.add(
            SchemaMessages.wrongType(
                Pointers.child(state.pointer("Branches"), i),
                "Branches/" + i,
                "a JSON object with StartAt and States",
                branches.get(i)));
      }
    }
  }

  private static void map(StateContext state, DiagnosticSink out) {
    List<String> present = new ArrayList<>();
    PROCESSORS.stream().filter(state::has).forEach(present::add);
    if (present.size() != 1) {
      out.add(StateMessages.exactlyOneOf(state.pointer(), state.name(), PROCESSORS, present));
    }
    Exclusive.check(state, "MaxConcurrency", "MaxConcurrencyPath", out);
    Exclusive.check(state, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", out);
    Exclusive.check(state, "ToleratedFailureCount", "ToleratedFailureCountPath", out);
    Exclusive.check(state, "ItemSelector", "Parameters", out);
    for (String field : List.of("ItemReader", "ItemBatcher", "ResultWriter")) {
      JsonNode value = state.get(field);
      if (value != null && value.isObject()) {
        subObject(field, state.pointer(field), value, out);
      }
    }
  }

  private static void subObject(String field, String pointer, JsonNode value, DiagnosticSink out) {
    List<String> allowed = SUB_OBJECT_FIELDS.get(field);
    for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        out.add(
            SchemaMessages.unknownField(
                Pointers.child(pointer, name), "'" + field + "'", name, allowed));
      }
    }
  }
}
