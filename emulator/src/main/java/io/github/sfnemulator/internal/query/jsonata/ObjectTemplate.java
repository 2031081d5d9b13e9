package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.List;

/** An object with at least one expression below it; literal members are shared, not copied. */
record ObjectTemplate(List<String> keys, List<TemplateNode> values) implements TemplateNode {
  @Override
  public JsonNode evaluate(EvaluationScope scope) {
    ObjectNode result = Json.NODES.objectNode();
    for (int i = 0; i < keys.size(); i++) {
      result.set(keys.get(i), values.get(i).evaluate(scope));
    }
    return result;
  }
}
