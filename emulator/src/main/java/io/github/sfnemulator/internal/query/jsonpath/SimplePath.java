package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A definite chain of field names and array indexes ({@code .a['b'][0][-1]}), walked without
 * allocating: the hot path of every state's InputPath, OutputPath and Parameters.
 */
final class SimplePath {
  static final SimplePath EMPTY = new SimplePath(new String[0], new int[0]);

  /** Field name per step, or {@code null} where the step is an array index. */
  private final String[] names;

  private final int[] indexes;

  SimplePath(String[] names, int[] indexes) {
    // interned, as ObjectTemplate's keys: a member written by a template is found by identity
    for (int i = 0; i < names.length; i++) {
      if (names[i] != null) {
        names[i] = names[i].intern();
      }
    }
    this.names = names;
    this.indexes = indexes;
  }

  int size() {
    return names.length;
  }

  boolean isField(int step) {
    return names[step] != null;
  }

  String name(int step) {
    return names[step];
  }

  int index(int step) {
    return indexes[step];
  }

  /** The node at the end of the chain, or {@code null} when a step finds nothing. */
  JsonNode walk(JsonNode root) {
    JsonNode node = root;
    for (int i = 0; i < names.length && node != null; i++) {
      node = names[i] != null ? field(node, names[i]) : element(node, indexes[i]);
    }
    return node;
  }

  private static JsonNode field(JsonNode node, String name) {
    return node.isObject() ? node.get(name) : null;
  }

  private static JsonNode element(JsonNode node, int index) {
    if (!node.isArray()) {
      return null;
    }
    int effective = index < 0 ? node.size() + index : index;
    return effective >= 0 && effective < node.size() ? node.get(effective) : null;
  }

  /** Jayway's normalized form ({@code $['a'][0]}), which AWS prints in some causes. */
  String normalized() {
    StringBuilder out = new StringBuilder("$");
    for (int i = 0; i < names.length; i++) {
      if (names[i] != null) {
        out.append("['").append(names[i]).append("']");
      } else {
        out.append('[').append(indexes[i]).append(']');
      }
    }
    return out.toString();
  }
}
