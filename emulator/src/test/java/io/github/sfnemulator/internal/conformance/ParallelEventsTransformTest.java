package io.github.sfnemulator.internal.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recorder's Parallel transformation, quirks included (conformance README, "Parallel events").
 */
class ParallelEventsTransformTest {

  private static List<ObjectNode> events(String... types) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      out.add(
          Json.NODES.objectNode().put("id", i + 1).put("previousEventId", i).put("type", types[i]));
    }
    return out;
  }

  private static List<String> shown(List<ParallelEventsTransform.Slot> slots) {
    return slots.stream()
        .map(
            s ->
                Json.write(s.event().get("id"))
                    + " "
                    + s.event().path("type").asText()
                    + " "
                    + s.slice())
        .toList();
  }

  @Test
  void branch_events_lose_their_ids_and_the_succeeded_event_is_dropped() {
    // GIVEN a Parallel with two branch events, as AWS writes it
    List<ObjectNode> history =
        events(
            "ExecutionStarted",
            "ParallelStateEntered",
            "ParallelStateStarted",
            "PassStateEntered",
            "PassStateExited",
            "ParallelStateSucceeded",
            "ParallelStateExited",
            "ExecutionSucceeded");

    // WHEN
    List<ParallelEventsTransform.Slot> slots = ParallelEventsTransform.apply(history);

    // THEN the second replacement (at ParallelStateExited) takes ParallelStateSucceeded's place
    assertThat(shown(slots))
        .containsExactly(
            "1 ExecutionStarted 0",
            "2 ParallelStateEntered 0",
            "3 ParallelStateStarted 0",
            "[0] PassStateEntered 2",
            "[0] PassStateExited 2",
            "7 ParallelStateExited 0",
            "8 ExecutionSucceeded 0");
  }

  @Test
  void the_walk_skips_the_event_after_a_shrinking_replacement_as_the_recorder_did() {
    // GIVEN a Parallel whose exit is followed at once by a second Parallel
    List<ObjectNode> history =
        events(
            "ParallelStateStarted",
            "PassStateEntered",
            "ParallelStateSucceeded",
            "ParallelStateExited",
            "ParallelStateStarted",
            "PassStateEntered",
            "ParallelStateExited");

    // WHEN
    List<ParallelEventsTransform.Slot> slots = ParallelEventsTransform.apply(history);

    // THEN the second ParallelStateStarted is never seen, so the last exit replaces everything
    // from the first Parallel's branch on by that branch's events
    assertThat(shown(slots))
        .containsExactly(
            "1 ParallelStateStarted 0", "[0] PassStateEntered 3", "7 ParallelStateExited 0");
  }
}
