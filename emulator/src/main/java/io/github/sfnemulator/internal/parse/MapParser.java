package io.github.sfnemulator.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.Field;
import io.github.sfnemulator.internal.model.MapState;
import io.github.sfnemulator.internal.model.QueryLanguage;
import io.github.sfnemulator.internal.model.StateCommon;
import io.github.sfnemulator.internal.model.Workflow;
import io.github.sfnemulator.internal.query.jsonata.JsonType;
import io.github.sfnemulator.internal.query.jsonpath.PathExpression;

/** Builds a Map state: processor, items, selector, concurrency, tolerance, batching. */
final class MapParser {
  private MapParser() {}

  static MapState parse(
      StateCommon common, FieldCompiler f, String pointer, QueryLanguage machineLanguage) {
    String processorField = f.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
    JsonNode processorNode = f.raw(processorField);
    Workflow processor =
        DefinitionParser.workflow(processorNode, pointer + "/" + processorField, machineLanguage);
    JsonNode config = processorNode.path("ProcessorConfig");
    boolean distributed = "DISTRIBUTED".equals(config.path("Mode").asText());
    String executionType =
        config.has("ExecutionType") ? config.get("ExecutionType").asText() : null;
    return new MapState(
        common,
        StateParser.dataFlow(f, null),
        processor,
        distributed,
        executionType,
        items(f),
        f.has("ItemSelector") ? f.template("ItemSelector") : f.template("Parameters"),
        f.valueOrPath("MaxConcurrency"),
        f.valueOrPath("ToleratedFailurePercentage"),
        f.valueOrPath("ToleratedFailureCount"),
        batcher(f, pointer),
        reader(f, pointer),
        writer(f, pointer),
        f.text("Label"),
        Recovery.retriers(f.raw("Retry")),
        Recovery.catchers(f, f.raw("Catch"), pointer));
  }

  private static Field items(FieldCompiler f) {
    if (f.language() == QueryLanguage.JSONATA) {
      return f.typedTemplate("Items", JsonType.ARRAY);
    }
    PathExpression path = f.path("ItemsPath", null);
    return path == null ? null : new Field("ItemsPath", path.text(), path::find, true);
  }

  private static MapState.ItemReader reader(FieldCompiler state, String pointer) {
    JsonNode node = state.raw("ItemReader");
    if (node == null) {
      return null;
    }
    FieldCompiler f = new FieldCompiler(node, pointer + "/ItemReader", state.language());
    JsonNode config = node.path("ReaderConfig");
    FieldCompiler c =
        new FieldCompiler(config, pointer + "/ItemReader/ReaderConfig", state.language());
    return new MapState.ItemReader(
        f.text("Resource"),
        f.template(state.language() == QueryLanguage.JSONATA ? "Arguments" : "Parameters"),
        config.isObject()
            ? config
            : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
        config.isObject() ? c.valueOrPath("MaxItems") : null);
  }

  private static MapState.ResultWriter writer(FieldCompiler state, String pointer) {
    JsonNode node = state.raw("ResultWriter");
    if (node == null) {
      return null;
    }
    FieldCompiler f = new FieldCompiler(node, pointer + "/ResultWriter", state.language());
    return new MapState.ResultWriter(
        f.text("Resource"),
        f.template(state.language() == QueryLanguage.JSONATA ? "Arguments" : "Parameters"));
  }

  private static MapState.ItemBatcher batcher(FieldCompiler state, String pointer) {
    JsonNode node = state.raw("ItemBatcher");
    if (node == null) {
      return null;
    }
    FieldCompiler f = new FieldCompiler(node, pointer + "/ItemBatcher", state.language());
    return new MapState.ItemBatcher(
        f.valueOrPath("MaxItemsPerBatch"),
        f.valueOrPath("MaxInputBytesPerBatch"),
        f.template("BatchInput"));
  }
}
