package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** An object with at least one dynamic member; keys are the output keys ({@code .$} dropped). */
record ObjectTemplate(String[] keys, TemplateNode[] values) implements TemplateNode {
  /**
   * Keys interned, as {@link SimplePath} interns its field names: a path that reads a member this
   * template wrote then finds the key by identity, without comparing characters.
   */
  ObjectTemplate {
    keys = keys.clone();
    for (int i = 0; i < keys.length; i++) {
      keys[i] = keys[i].intern();
    }
  }

  @Override
  public JsonNode evaluate(EvaluationScope scope) {
    ObjectNode out = Json.object(keys.length);
    for (int i = 0; i < keys.length; i++) {
      out.set(keys[i], values[i].evaluate(scope));
    }
    return out;
  }
}
