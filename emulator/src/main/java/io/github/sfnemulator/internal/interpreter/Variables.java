package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Workflow variables visible to a fiber: its own assignments over the scopes that enclose it. A Map
 * iteration or Parallel branch reads outer variables through {@code parent} and never writes to
 * them. Immutable: assigning makes a new instance.
 */
final class Variables {
  static final Variables EMPTY = new Variables(null, Map.of());

  private final Variables parent;
  private final Map<String, JsonNode> own;

  private Variables(Variables parent, Map<String, JsonNode> own) {
    this.parent = parent;
    this.own = own;
  }

  /** The value of {@code name}, or null when no enclosing scope defines it. */
  JsonNode get(String name) {
    for (Variables v = this; v != null; v = v.parent) {
      JsonNode value = v.own.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** These variables with {@code assigned} set in this scope. */
  Variables with(Map<String, JsonNode> assigned) {
    if (assigned.isEmpty()) {
      return this;
    }
    Map<String, JsonNode> merged = new HashMap<>(own);
    merged.putAll(assigned);
    return new Variables(parent, merged);
  }

  /** A new inner scope that reads these variables. */
  Variables child() {
    return new Variables(this, Map.of());
  }
}
