package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code $states}: {@code input} and {@code context} always, {@code result} and {@code errorOutput}
 * only where the state has them. Members are read from the scope on access, so the context object
 * is built only when an expression reads it.
 */
final class StatesObject extends AbstractMap<String, Object> {
  private final EvaluationScope scope;

  StatesObject(EvaluationScope scope) {
    this.scope = scope;
  }

  @Override
  public Object get(Object key) {
    JsonNode member = member(key);
    return member == null || member.isNull() ? null : JsonValues.toJava(member);
  }

  @Override
  public boolean containsKey(Object key) {
    return member(key) != null;
  }

  private JsonNode member(Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    return switch (name) {
      case "input" -> scope.input();
      case "context" -> scope.context();
      case "result" -> scope.result();
      case "errorOutput" -> scope.errorOutput();
      default -> null;
    };
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    // Only reached when an expression enumerates $states itself ($keys, $string, output): rare.
    Map<String, Object> members = new LinkedHashMap<>();
    for (String name : new String[] {"input", "context", "result", "errorOutput"}) {
      if (containsKey(name)) {
        members.put(name, get(name));
      }
    }
    return members.entrySet();
  }
}
