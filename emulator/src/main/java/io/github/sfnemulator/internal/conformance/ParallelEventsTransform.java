package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The recorder's Parallel transformation (conformance README, "Parallel events"), applied to an
 * actual history so it can be compared with a case recorded with {@code order: multiset}.
 *
 * <p>It reproduces the recorder exactly, including its quirks: the list is changed while it is
 * walked by index, so a replacement that shrinks the list skips the next event, and the events
 * between a nested Parallel's end and the outer one's are dropped. Each event the walk puts back in
 * a replaced slice is tagged with that slice, because the recorder sorted the slice by text that
 * the corpus no longer holds: such slices compare as multisets.
 */
final class ParallelEventsTransform {
  private static final Set<String> ENDS =
      Set.of(
          "ParallelStateSucceeded",
          "ParallelStateAborted",
          "ParallelStateExited",
          "ParallelStateFailed");

  /** An event after the transformation, with the replaced slice it sits in (0: none). */
  record Slot(ObjectNode event, int slice) {}

  private ParallelEventsTransform() {}

  static List<Slot> apply(List<ObjectNode> history) {
    List<Slot> events = new ArrayList<>();
    history.forEach(e -> events.add(new Slot(e, 0)));
    int start = -1;
    List<ObjectNode> sub = new ArrayList<>();
    boolean inside = false;
    int slices = 0;
    for (int i = 0; i < events.size(); i++) {
      ObjectNode event = events.get(i).event();
      String type = event.path("type").asText();
      if (ENDS.contains(type)) {
        if (start >= 0) {
          slices++;
          // Python's events[start:i] = sub; the walk then goes on at i + 1 of the changed list
          int from = Math.min(start, events.size());
          List<Slot> replaced = events.subList(from, Math.max(from, Math.min(i, events.size())));
          replaced.clear();
          for (ObjectNode e : sub) {
            replaced.add(new Slot(e, slices));
          }
        }
        inside = false;
      } else if (type.equals("ParallelStateStarted")) {
        inside = true;
        sub = new ArrayList<>();
        start = i + 1;
      } else if (inside) {
        event.set("id", Json.NODES.arrayNode().add(0));
        event.put("previousEventId", 0);
        sub.add(event);
      }
    }
    return events;
  }
}
