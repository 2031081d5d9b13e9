package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** An array with at least one dynamic item. */
record ArrayTemplate(TemplateNode[] items) implements TemplateNode {

  @Override
  public JsonNode evaluate(EvaluationScope scope) {
    ArrayNode out = Json.NODES.arrayNode(items.length);
    for (TemplateNode item : items) {
      out.add(item.evaluate(scope));
    }
    return out;
  }
}
