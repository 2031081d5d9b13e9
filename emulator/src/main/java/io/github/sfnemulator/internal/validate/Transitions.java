package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Where a state can go next: its Next, a Choice's rules and Default, and its catchers. */
final class Transitions {
  private Transitions() {}

  static List<String> targets(JsonNode state) {
    List<String> targets = new ArrayList<>();
    if (state == null || !state.isObject()) {
      return targets;
    }
    addText(targets, state.get("Next"));
    addText(targets, state.get("Default"));
    for (String list : new String[] {"Choices", "Catch"}) {
      JsonNode items = state.get(list);
      if (items != null && items.isArray()) {
        items.forEach(item -> addText(targets, item.get("Next")));
      }
    }
    return targets;
  }

  private static void addText(List<String> targets, JsonNode value) {
    if (value != null && value.isTextual()) {
      targets.add(value.textValue());
    }
  }
}
