package io.github.sfnemulator.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExecutionReplayTest {
  private static final Path CORPUS = Path.of(System.getProperty("sfn.conformance.dir", "../conformance"));
  // an inline Map whose Lambda task fails, is retried, fails again and is caught (recorded on AWS)
  private static final Path MAP_RETRY_CATCH =
      CORPUS.resolve("cases/states_variables/test_map_catch_error_MAP_CATCH_ERROR_OUTPUT_WITH_RETRY.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_recorded_execution_in_the_aws_cli_shape_replays_to_the_same_history() {
    // GIVEN an AWS execution as the AWS CLI prints it
    AwsCliRecording recording = AwsCliRecording.of(MAP_RETRY_CATCH);

    // WHEN it is replayed
    ReplayResult result =
        ExecutionReplay.of(recording.definition(), recording.historyJson())
            .withDescribe(recording.describeJson())
            .run();

    // THEN every event matches, under the recorded names
    assertThat(result.firstDifference()).isEmpty();
    assertThat(result.message())
        .isEqualTo("PASS: the replay of " + AwsCliRecording.EXECUTION_ARN + " matches its 17 recorded events");
    assertThat(result.execution().orElseThrow().arn()).isEqualTo(AwsCliRecording.EXECUTION_ARN);
    assertThat(ExecutionTrace.of(result.execution().orElseThrow().history()).retries("ProcessItem")).isEqualTo(1);
    result.assertMatches();
  }

  @Test
  void a_recording_that_differs_from_the_replay_shows_the_first_difference() throws Exception {
    // GIVEN the same recording, with the state output AWS recorded at event #12 altered
    AwsCliRecording recording = AwsCliRecording.of(MAP_RETRY_CATCH);
    ObjectNode history = (ObjectNode) JSON.readTree(recording.historyJson());
    ObjectNode exited = (ObjectNode) history.path("events").get(11).path("stateExitedEventDetails");
    ObjectNode output = (ObjectNode) JSON.readTree(exited.get("output").textValue());
    output.put("stateInput", 7);
    exited.put("output", JSON.writeValueAsString(output));

    // WHEN it is replayed
    ReplayResult result =
        ExecutionReplay.of(recording.definition(), JSON.writeValueAsString(history))
            .withDescribe(recording.describeJson())
            .run();

    // THEN the message names the event, the field, the recorded and the replayed value
    assertThat(result.matches()).isFalse();
    assertThatThrownBy(result::assertMatches)
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "FAIL: the replay of "
                + AwsCliRecording.EXECUTION_ARN
                + " differs from its recorded history: history event #12 TaskStateExited at"
                + " /stateExitedEventDetails/output/stateInput: expected 7 but was 1");
  }

  @Test
  void without_describe_execution_the_input_is_read_from_the_history() {
    // GIVEN only the history and the definition
    AwsCliRecording recording = AwsCliRecording.of(MAP_RETRY_CATCH);

    // WHEN it is replayed
    ReplayResult result = ExecutionReplay.of(recording.definition(), recording.historyJson()).run();

    // THEN it matches; the account comes from the recorded role
    result.assertMatches();
    assertThat(result.execution().orElseThrow().arn())
        .startsWith("arn:aws:states:us-east-1:123456789012:execution:Replay:");
  }

  @Test
  void a_history_recorded_before_the_execution_ended_is_refused_with_what_to_do() throws Exception {
    // GIVEN a history whose last events are missing
    AwsCliRecording recording = AwsCliRecording.of(MAP_RETRY_CATCH);
    ObjectNode history = (ObjectNode) JSON.readTree(recording.historyJson());
    com.fasterxml.jackson.databind.node.ArrayNode events = (com.fasterxml.jackson.databind.node.ArrayNode) history.get("events");
    while (events.size() > 5) {
      events.remove(events.size() - 1);
    }

    // WHEN / THEN
    assertThatThrownBy(() -> ExecutionReplay.of(recording.definition(), JSON.writeValueAsString(history)).run())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The recorded execution had not ended: its last event is #5 TaskStateEntered. Record the"
                + " history after the execution ends.");
  }
}
