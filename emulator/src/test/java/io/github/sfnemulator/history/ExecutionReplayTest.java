package io.github.sfnemulator.history;

import static io.github.sfnemulator.mock.TaskMocks.state;
import static io.github.sfnemulator.mock.TaskMocks.tokenSuccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExecutionReplayTest {
  private static final Path CORPUS =
      Path.of(System.getProperty("sfn.conformance.dir", "../conformance"));
  // an inline Map whose Lambda task fails, is retried, fails again and is caught (recorded on AWS)
  private static final Path MAP_RETRY_CATCH =
      CORPUS.resolve(
          "cases/states_variables/test_map_catch_error_MAP_CATCH_ERROR_OUTPUT_WITH_RETRY.json");
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
        .isEqualTo(
            "PASS: the replay of "
                + AwsCliRecording.EXECUTION_ARN
                + " matches its 17 recorded events");
    assertThat(result.execution().orElseThrow().arn()).isEqualTo(AwsCliRecording.EXECUTION_ARN);
    assertThat(ExecutionTrace.of(result.execution().orElseThrow().history()).retries("ProcessItem"))
        .isEqualTo(1);
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
    com.fasterxml.jackson.databind.node.ArrayNode events =
        (com.fasterxml.jackson.databind.node.ArrayNode) history.get("events");
    while (events.size() > 5) {
      events.remove(events.size() - 1);
    }

    // WHEN / THEN
    assertThatThrownBy(
            () ->
                ExecutionReplay.of(recording.definition(), JSON.writeValueAsString(history)).run())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The recorded execution had not ended: its last event is #5 TaskStateEntered. Record the"
                + " history after the execution ends.");
  }

  /** A recording made by an emulator run: execution 'run-1' of state machine 'Approvals'. */
  private static String record(
      String definition, String input, TaskMocks mocks, String... children) {
    return record(definition, input, 0, mocks, children);
  }

  /** The same, with the emulator's random seed: another seed issues other task tokens. */
  private static String record(
      String definition, String input, long seed, TaskMocks mocks, String... children) {
    EmulatorOptions options =
        EmulatorOptions.newBuilder().randomSeed(seed).taskResponder(mocks).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      for (int i = 0; i < children.length; i++) {
        emulator.createStateMachine("Child" + i, children[i]);
      }
      String arn = emulator.createStateMachine("Approvals", definition).arn();
      return HistoryJson.write(emulator.startExecution(arn, "run-1", input).await().history());
    }
  }

  private static final String DESCRIBE_RUN_1 =
      "{\"executionArn\": \"arn:aws:states:us-east-1:123456789012:execution:Approvals:run-1\", \"input\": \"[1, 2]\"}";

  @Test
  void a_distributed_maps_run_id_matches_whatever_id_aws_gave_the_run() throws Exception {
    // GIVEN a recording whose Map Run id is AWS's, not one this replay can repeat
    String definition =
        """
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}}}}}
        """;
    String recorded =
        record(definition, "[1, 2]", TaskMocks.create())
            .replaceAll(
                "(:mapRun:Approvals/Each:)[^\"]+", "$17d2a1f3e-5b9c-4e0a-9f1d-2c3b4a5e6f70");
    assertThat(recorded).contains(":mapRun:Approvals/Each:7d2a1f3e-5b9c-4e0a-9f1d-2c3b4a5e6f70");

    // WHEN
    ReplayResult result =
        ExecutionReplay.of(definition, recorded).withDescribe(DESCRIBE_RUN_1).run();

    // THEN
    result.assertMatches();
  }

  @Test
  void
      a_callback_task_replays_its_submitted_answer_and_the_token_answer_whatever_token_aws_issued() {
    // GIVEN a recording whose SQS message carried a token this replay cannot issue again, answered
    // two hours later
    String definition =
        """
        {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
          "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 86400,
          "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
            "MessageBody": {"order.$": "$.order", "TaskToken.$": "$$.Task.Token"}}, "End": true}}}
        """;
    TaskMocks reviewer =
        TaskMocks.create()
            .stubFor(
                state("Ask")
                    .willCompleteToken(
                        tokenSuccess("{\"approved\": true}")
                            .after(Duration.ofHours(2))
                            .withCallResult("{\"MessageId\": \"m-1\"}")));
    String recorded = record(definition, "{\"order\": 42}", 7, reviewer);
    assertThat(tokenIn(recorded))
        .isNotEqualTo(tokenIn(record(definition, "{\"order\": 42}", 0, reviewer)));

    // WHEN
    ReplayResult result = ExecutionReplay.of(definition, recorded).run();

    // THEN
    result.assertMatches();
    assertThat(result.execution().orElseThrow().history())
        .extracting(HistoryEvent::type)
        .contains(HistoryEventType.TaskSubmitted, HistoryEventType.TaskSucceeded);
    assertThat(
            Duration.between(
                result.execution().orElseThrow().startDate(),
                result.execution().orElseThrow().stopDate()))
        .isEqualTo(Duration.ofHours(2));
  }

  private static String tokenIn(String history) {
    return HistoryJson.read(history).stream()
        .filter(e -> e.type() == HistoryEventType.TaskScheduled)
        .map(e -> e.details().get("parameters").asText())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_task_that_waited_for_a_job_is_refused_naming_the_event() {
    // GIVEN a recording with a startExecution.sync:2 Task, which AWS records as TaskSubmitted
    String child = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";
    String definition =
        """
        {"StartAt": "Run", "States": {"Run": {"Type": "Task",
          "Resource": "arn:aws:states:::states:startExecution.sync:2",
          "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Child0"},
          "End": true}}}
        """;
    String recorded = record(definition, "{}", TaskMocks.create(), child);

    // WHEN / THEN
    assertThatThrownBy(() -> ExecutionReplay.of(definition, recorded).run())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "The history's event #5 TaskSubmitted (resource 'states:startExecution.sync:2') is a Task"
                + " that waited for a job (.sync): replaying those is not supported yet.");
  }

  @Test
  void a_parallels_branches_compare_as_a_multiset_whatever_order_aws_wrote_them_in()
      throws Exception {
    // GIVEN a recording of two Task branches, whose events AWS may interleave in any order
    String definition =
        """
        {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Left", "States": {"Left": {"Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "l"}, "End": true}}},
          {"StartAt": "Right", "States": {"Right": {"Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "r"}, "End": true}}}]}}}
        """;
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(state("Left").willReturn("{\"side\": \"left\"}"))
            .stubFor(state("Right").willReturn("{\"side\": \"right\"}"));
    ObjectNode history = (ObjectNode) JSON.readTree(record(definition, "{}", mocks));
    com.fasterxml.jackson.databind.node.ArrayNode events =
        (com.fasterxml.jackson.databind.node.ArrayNode) history.get("events");
    // the recording has the two branches' first events the other way round
    com.fasterxml.jackson.databind.JsonNode fourth = events.get(3);
    events.set(3, events.get(4));
    events.set(4, fourth);
    assertThat(events.get(3).path("id").asInt()).isGreaterThan(events.get(4).path("id").asInt());
    assertThat(events.get(2).path("type").asText()).isEqualTo("ParallelStateStarted");

    // WHEN
    ReplayResult result = ExecutionReplay.of(definition, JSON.writeValueAsString(history)).run();

    // THEN
    result.assertMatches();
  }
}
