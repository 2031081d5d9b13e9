package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The history's invariants hold on every generated machine (issue 14): ids run from 1 without a
 * gap, every previousEventId names an earlier event (or is 0), exactly one event ends the execution
 * and it is the last, timestamps never go back, and the same definition and input give the same
 * history. A few hundred tries keep the CI run short; a failure prints the seed and sizes to
 * replay.
 */
class HistoryInvariantsTest {
  private static final Set<HistoryEventType> ENDS =
      EnumSet.of(
          HistoryEventType.ExecutionSucceeded,
          HistoryEventType.ExecutionFailed,
          HistoryEventType.ExecutionTimedOut,
          HistoryEventType.ExecutionAborted);

  @Property(tries = 300)
  void every_generated_machine_leaves_a_well_formed_and_repeatable_history(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 6) int length,
      @ForAll @IntRange(min = 0, max = 2) int depth) {
    // GIVEN
    String definition = RandomMachines.definition(seed, length, depth);
    String input = RandomMachines.input(seed);
    // WHEN
    List<HistoryEvent> history = run(definition, input);
    // THEN
    for (int i = 0; i < history.size(); i++) {
      HistoryEvent e = history.get(i);
      assertThat(e.id()).as("id of event %s in %s", i, definition).isEqualTo(i + 1);
      assertThat(e.previousEventId())
          .as("link of %s in %s", e, definition)
          .isBetween(0L, e.id() - 1);
      if (i > 0) {
        assertThat(e.timestamp())
            .as("time of %s in %s", e, definition)
            .isAfterOrEqualTo(history.get(i - 1).timestamp());
      }
    }
    assertThat(history.stream().filter(e -> ENDS.contains(e.type())))
        .as("execution ends in %s", definition)
        .containsExactly(history.get(history.size() - 1));
    assertThat(run(definition, input)).as("a second run of %s", definition).isEqualTo(history);
  }

  private static List<HistoryEvent> run(String definition, String input) {
    EmulatorOptions options =
        EmulatorOptions.newBuilder().taskResponder(RandomMachines.RESPONDER).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("Generated", definition);
      Execution execution = emulator.startExecution(machine.arn(), "exec", input).await();
      return execution.history();
    }
  }
}
