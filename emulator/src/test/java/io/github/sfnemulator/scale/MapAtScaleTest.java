package io.github.sfnemulator.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.ChildExecution;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Distributed Maps at production size: a million rows read from an S3 object, batched, and their
 * results written back. Tagged {@code scale}: the build runs these in a JVM of their own with a 512
 * MB heap (the emulator module's {@code scale-tests} Surefire execution), so a run that held every
 * item as a JSON tree would fail here with the heap exhausted.
 */
@Tag("scale")
class MapAtScaleTest {
  private static final int ROWS = 1_000_000;

  private final Map<String, String> written = new ConcurrentHashMap<>();

  @BeforeAll
  static void runs_with_the_capped_heap() {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("these tests run in the scale-tests execution, with -Xmx512m")
        .isLessThanOrEqualTo(512L * 1024 * 1024);
  }

  @Test
  void a_million_row_csv_is_batched_processed_and_written_back() {
    // GIVEN an object of a million CSV rows, a header first
    StringBuilder csv = new StringBuilder("id,name,amount\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append(i).append(",name-").append(i).append(',').append(i % 977).append('\n');
    }
    // WHEN a Map reads it in batches of 100 and writes its results
    Execution execution = run("CSV", csv.toString(), "EXPRESS");
    // THEN every row reached a child execution once, and the results file says so
    assertProcessedEveryItem(execution);
  }

  @Test
  void a_million_rows_in_standard_child_executions_keep_every_child_history() {
    // GIVEN the million rows, processed by STANDARD child executions, whose histories are kept
    StringBuilder csv = new StringBuilder("id,name,amount\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append(i).append(",name-").append(i).append(',').append(i % 977).append('\n');
    }
    // WHEN
    Execution execution = run("CSV", csv.toString(), "STANDARD");
    // THEN every batch ran, and each of the 10,000 children's histories can be read back
    assertProcessedEveryItem(execution);
    List<ChildExecution> children = execution.childExecutions();
    assertThat(children).hasSize(ROWS / 100);
    JsonNode lastInput =
        Json.parse(
            children.get(children.size() - 1).history().get(0).details().path("input").asText());
    assertThat(lastInput.path("Items")).hasSize(100);
    assertThat(lastInput.path("Items").get(0).path("id").asText())
        .isEqualTo(String.valueOf(ROWS - 100));
  }

  @Test
  void a_json_array_of_a_million_objects_is_batched_processed_and_written_back() {
    // GIVEN an object holding a JSON array of a million objects
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < ROWS; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"id\":")
          .append(i)
          .append(",\"name\":\"name-")
          .append(i)
          .append("\"}");
    }
    // WHEN
    Execution execution = run("JSON", json.append(']').toString(), "EXPRESS");
    // THEN
    assertProcessedEveryItem(execution);
  }

  private Execution run(String inputType, String object, String executionType) {
    String definition =
        """
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
          "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
            "Parameters": {"Bucket": "in", "Key": "items"}, "ReaderConfig": {"InputType": "%s"}},
          "ItemBatcher": {"MaxItemsPerBatch": 100},
          "MaxConcurrency": 1000,
          "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
            "Parameters": {"Bucket": "out", "Prefix": "runs"}},
          "ItemProcessor": {
            "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "%s"},
            "StartAt": "Count", "States": {"Count": {"Type": "Pass", "End": true,
              "Parameters": {"items.$": "States.ArrayLength($.Items)", "first.$": "$.Items[0].id"}}}}}}}
        """
            .formatted(inputType, executionType);
    TaskResponder s3 = call -> call.resource().endsWith("getObject") ? object(object) : put(call);
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(s3).build())) {
      StateMachine machine = emulator.createStateMachine("MillionRows", definition);
      return emulator.startExecution(machine.arn(), "{}").await();
    }
  }

  private static TaskResponse object(String body) {
    return TaskResponse.returning(JsonNodeFactory.instance.objectNode().put("Body", body));
  }

  private TaskResponse put(TaskCall call) {
    written.put(call.parameters().path("Key").asText(), call.parameters().path("Body").asText());
    return TaskResponse.returning(JsonNodeFactory.instance.objectNode().put("ETag", "\"e\""));
  }

  private void assertProcessedEveryItem(Execution execution) {
    assertThat(execution.status()).as(execution.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.history())
        .extracting(e -> e.type())
        .contains(HistoryEventType.MapRunStarted, HistoryEventType.MapRunSucceeded);
    String manifestKey = execution.outputJson().path("ResultWriterDetails").path("Key").asText();
    JsonNode manifest = Json.parse(written.get(manifestKey));
    String resultsKey = manifest.path("ResultFiles").path("SUCCEEDED").get(0).path("Key").asText();
    List<JsonNode> outputs =
        Json.parse(written.get(resultsKey)).findValues("Output").stream()
            .map(output -> Json.parse(output.asText()))
            .toList();
    assertThat(outputs).hasSize(ROWS / 100);
    assertThat(outputs)
        .allSatisfy(output -> assertThat(output.path("items").asInt()).isEqualTo(100));
    // batches keep the items' order: batch k starts with item 100k
    for (int k = 0; k < outputs.size(); k++) {
      assertThat(outputs.get(k).path("first").asText()).isEqualTo(String.valueOf(100 * k));
    }
  }
}
