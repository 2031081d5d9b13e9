package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.internal.conformance.ParallelEventsTransform.Slot;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.server.HistoryEventJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares a whole history with a recorded {@code expected.history}, event by event, by the corpus
 * README's rules ("Full histories", "Parallel events"): the same number of events, and for each its
 * id, previous id, type and details.
 */
final class HistoryComparison {
  private final JsonMatcher matcher;

  HistoryComparison(JsonMatcher matcher) {
    this.matcher = matcher;
  }

  /** The first difference, naming the event id, the field, the expected and the actual value. */
  String firstDifference(JsonNode expected, List<HistoryEvent> history, boolean multiset) {
    List<ObjectNode> actual = new ArrayList<>(history.size());
    for (HistoryEvent e : history) {
      actual.add((ObjectNode) parseJsonTexts(HistoryEventJson.event(e, true)));
    }
    List<Slot> slots =
        multiset
            ? ParallelEventsTransform.apply(actual)
            : actual.stream().map(e -> new Slot(e, 0)).toList();
    int n = Math.min(expected.size(), slots.size());
    int i = 0;
    while (i < n) {
      int slice = slots.get(i).slice();
      if (slice == 0) {
        String d = difference(expected.get(i), slots.get(i).event());
        if (d != null) {
          return d;
        }
        i++;
        continue;
      }
      int end = i;
      while (end < slots.size() && slots.get(end).slice() == slice) {
        end++;
      }
      String d = multisetDifference(expected, slots, i, Math.min(end, expected.size()), end);
      if (d != null) {
        return d;
      }
      i = end;
    }
    if (expected.size() > slots.size()) {
      return "history: event "
          + label(expected.get(slots.size()))
          + " expected but the history ended after "
          + slots.size()
          + " events";
    }
    if (slots.size() > expected.size()) {
      return "history: "
          + expected.size()
          + " events expected but there were more, next "
          + Json.write(slots.get(expected.size()).event());
    }
    return null;
  }

  private String difference(JsonNode expected, ObjectNode actual) {
    String d = matcher.difference(expected, actual, "");
    return d == null ? null : "history event " + label(expected) + " " + d;
  }

  private String multisetDifference(
      JsonNode expected, List<Slot> slots, int from, int expectedTo, int actualTo) {
    List<ObjectNode> pool = new ArrayList<>();
    for (int k = from; k < actualTo; k++) {
      pool.add(slots.get(k).event());
    }
    for (int k = from; k < expectedTo; k++) {
      JsonNode e = expected.get(k);
      Iterator<ObjectNode> it = pool.iterator();
      boolean found = false;
      while (it.hasNext()) {
        if (matcher.difference(e, it.next(), "") == null) {
          it.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        String closest =
            pool.stream()
                .filter(a -> a.path("type").equals(e.path("type")))
                .map(a -> matcher.difference(e, a, ""))
                .findFirst()
                .orElse("no event of that type");
        return "history event "
            + label(e)
            + " (in a Parallel slice compared as a multiset, events "
            + (from + 1)
            + ".."
            + actualTo
            + "): no actual event matches; closest: "
            + closest;
      }
    }
    return null;
  }

  private static String label(JsonNode event) {
    return "#" + Json.write(event.path("id")) + " " + event.path("type").asText();
  }

  /** The recorder parsed JSON text that starts with '{'; the actual side gets the same. */
  private static JsonNode parseJsonTexts(JsonNode node) {
    if (node.isTextual() && node.textValue().startsWith("{")) {
      try {
        return Json.parse(node.textValue());
      } catch (RuntimeException notJson) {
        return node;
      }
    }
    if (node.isObject()) {
      ObjectNode out = Json.NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        out.set(f.getKey(), parseJsonTexts(f.getValue()));
      }
      return out;
    }
    return node;
  }
}
