package io.github.sfnemulator.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryJsonTest {
  @Test
  void reads_back_what_it_writes() {
    // GIVEN
    List<HistoryEvent> history;
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine =
          emulator.createStateMachine(
              "wait",
              "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":90,\"End\":true}}}");
      Execution run = emulator.startExecution(machine.arn(), "{\"a\":1}").await();
      history = run.history();
    }

    // WHEN
    List<HistoryEvent> read = HistoryJson.read(HistoryJson.write(history));

    // THEN
    assertThat(read).isEqualTo(history);
  }

  @Test
  void reads_the_aws_clis_output_with_iso_timestamps_and_skips_unknown_event_types() {
    // GIVEN what 'aws stepfunctions get-execution-history' prints, with a type newer than us
    String json =
        """
        {"events": [
          {"timestamp": "2024-01-01T00:00:00.000000+01:00", "type": "ExecutionStarted", "id": 1,
           "previousEventId": 0, "executionStartedEventDetails": {"input": "{}"}},
          {"timestamp": "2024-01-01T00:00:01+01:00", "type": "SomethingNew", "id": 2,
           "previousEventId": 1},
          {"timestamp": 1704063602.5, "type": "PassStateEntered", "id": 3, "previousEventId": 2,
           "stateEnteredEventDetails": {"name": "P", "input": "{}"}}
        ]}
        """;

    // WHEN
    List<HistoryEvent> events = HistoryJson.read(json);

    // THEN
    assertThat(events)
        .extracting(HistoryEvent::type)
        .containsExactly(HistoryEventType.ExecutionStarted, HistoryEventType.PassStateEntered);
    assertThat(events.get(0).timestamp()).isEqualTo(Instant.parse("2023-12-31T23:00:00Z"));
    assertThat(events.get(1).timestamp()).isEqualTo(Instant.parse("2023-12-31T23:00:02.500Z"));
    assertThat(events.get(1).stateName()).isEqualTo("P");
    assertThat(events.get(1).detailsKey()).isEqualTo("stateEnteredEventDetails");
    assertThat(events.get(1).previousEventId()).isEqualTo(1);
  }

  @Test
  void says_what_a_history_looks_like_when_given_something_else() {
    assertThatThrownBy(() -> HistoryJson.read("{\"executions\": []}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The history has no \"events\" array.");
    assertThatThrownBy(() -> HistoryJson.read("not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The history is not JSON");
  }
}
