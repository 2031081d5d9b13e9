package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Pointers;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A state machine being validated: the top-level one, a Parallel branch or a Map processor. Each is
 * its own scope for {@code Next} targets.
 */
final class MachineContext {
  /** Where a machine object sits, which decides the fields it may have. */
  enum Kind {
    TOP_LEVEL,
    BRANCH,
    ITEM_PROCESSOR
  }

  private final String pointer;
  private final JsonNode node;
  private final Kind kind;
  private final QueryLanguage language;
  private final int depth;
  private Set<String> reachable;

  MachineContext(String pointer, JsonNode node, Kind kind, QueryLanguage language, int depth) {
    this.pointer = pointer;
    this.node = node;
    this.kind = kind;
    this.language = language;
    this.depth = depth;
  }

  String pointer() {
    return pointer;
  }

  String pointer(String field) {
    return Pointers.child(pointer, field);
  }

  JsonNode node() {
    return node;
  }

  Kind kind() {
    return kind;
  }

  /** The query language of states that do not set their own. */
  QueryLanguage language() {
    return language;
  }

  /** 0 for the top-level machine, 1 inside one Parallel or Map, and so on. */
  int depth() {
    return depth;
  }

  /** The States object, or {@code null} when it is missing or not an object. */
  JsonNode states() {
    JsonNode states = node.get("States");
    return states != null && states.isObject() ? states : null;
  }

  boolean hasState(String name) {
    JsonNode states = states();
    return states != null && states.has(name);
  }

  /** The StartAt name when it is a string naming a state of this machine, else {@code null}. */
  String validStartAt() {
    JsonNode startAt = node.get("StartAt");
    return startAt != null && startAt.isTextual() && hasState(startAt.textValue())
        ? startAt.textValue()
        : null;
  }

  /** Names of the states reachable from StartAt; empty when StartAt names no state. */
  Set<String> reachable() {
    if (reachable == null) {
      reachable = computeReachable();
    }
    return reachable;
  }

  private Set<String> computeReachable() {
    Set<String> seen = new HashSet<>();
    String start = validStartAt();
    if (start == null) {
      return seen;
    }
    Deque<String> work = new ArrayDeque<>();
    work.push(start);
    while (!work.isEmpty()) {
      String name = work.pop();
      if (seen.add(name)) {
        for (String target : Transitions.targets(states().get(name))) {
          if (hasState(target)) {
            work.push(target);
          }
        }
      }
    }
    return seen;
  }
}
