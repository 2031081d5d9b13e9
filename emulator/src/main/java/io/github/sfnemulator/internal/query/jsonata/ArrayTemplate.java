package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.List;

/** An array with at least one expression below it; literal elements are shared, not copied. */
record ArrayTemplate(List<TemplateNode> elements) implements TemplateNode {
  @Override
  public JsonNode evaluate(EvaluationScope scope) {
    ArrayNode result = Json.NODES.arrayNode(elements.size());
    for (TemplateNode element : elements) {
      result.add(element.evaluate(scope));
    }
    return result;
  }
}
