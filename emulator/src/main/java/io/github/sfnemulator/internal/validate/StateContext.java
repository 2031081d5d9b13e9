package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Pointers;

/**
 * One state being validated (always a JSON object; the walker reports anything else itself).
 *
 * @param name the state name as written
 * @param pointer the JSON pointer of the state object
 * @param node the state object
 * @param type the Type when it is one of the eight known types, else {@code null}
 * @param language the query language in effect for this state
 * @param machine the machine that declares the state
 */
record StateContext(
    String name,
    String pointer,
    JsonNode node,
    String type,
    QueryLanguage language,
    MachineContext machine) {

  String pointer(String field) {
    return Pointers.child(pointer, field);
  }

  /** The value of {@code field}, or {@code null} when absent. */
  JsonNode get(String field) {
    return node.get(field);
  }

  boolean has(String field) {
    return node.has(field);
  }

  boolean is(String stateType) {
    return stateType.equals(type);
  }

  boolean jsonata() {
    return language == QueryLanguage.JSONATA;
  }
}
