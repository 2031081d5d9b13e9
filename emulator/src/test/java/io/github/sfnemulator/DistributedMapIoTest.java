package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A distributed Map's ItemReader and ResultWriter, served by the Task responder. */
class DistributedMapIoTest {
  private final List<TaskCall> calls = new CopyOnWriteArrayList<>();

  private Execution run(String readerConfig, String objectBody, String writer) {
    String definition =
        """
        {"StartAt":"Each","States":{"Each":{"Type":"Map",
          "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
            "Parameters":{"Bucket":"in","Key.$":"$.key"},"ReaderConfig":%s},
          %s
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
            "StartAt":"Echo","States":{"Echo":{"Type":"Pass","End":true}}},
          "End":true}}}
        """
            .formatted(readerConfig, writer);
    TaskResponder s3 =
        call -> {
          calls.add(call);
          return call.resource().endsWith("getObject")
              ? TaskResponse.returning(
                  JsonNodeFactory.instance.objectNode().put("Body", objectBody))
              : TaskResponse.returning(JsonNodeFactory.instance.objectNode().put("ETag", "\"e\""));
        };
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(s3).build())) {
      StateMachine machine = emulator.createStateMachine("Reader", definition);
      return emulator.startExecution(machine.arn(), "{\"key\":\"items\"}").await();
    }
  }

  @Test
  void reads_a_json_array_object_and_passes_the_evaluated_parameters() {
    Execution e = run("{\"InputType\":\"JSON\"}", "[{\"id\":1},{\"id\":2}]", "");

    assertThat(e.output()).isEqualTo("[{\"id\":1},{\"id\":2}]");
    assertThat(calls.get(0).parameters())
        .isEqualTo(Json.parse("{\"Bucket\":\"in\",\"Key\":\"items\"}"));
  }

  @Test
  void reads_json_lines_and_honours_max_items() {
    Execution e =
        run("{\"InputType\":\"JSONL\",\"MaxItems\":2}", "{\"a\":1}\n\n{\"a\":2}\n{\"a\":3}\n", "");

    assertThat(e.output()).isEqualTo("[{\"a\":1},{\"a\":2}]");
  }

  @Test
  void reads_csv_with_the_header_row_and_quoted_fields() {
    Execution e =
        run(
            "{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"FIRST_ROW\"}",
            "id,name\r\n1,\"Smith, \"\"J\"\"\"\r\n2,Lee\r\n",
            "");

    assertThat(e.output())
        .isEqualTo(
            "[{\"id\":\"1\",\"name\":\"Smith, \\\"J\\\"\"},{\"id\":\"2\",\"name\":\"Lee\"}]");
  }

  @Test
  void reads_csv_with_given_headers() {
    Execution e =
        run(
            "{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"GIVEN\",\"CSVHeaders\":[\"x\",\"y\"]}",
            "1,2\n3,4",
            "");

    assertThat(e.outputJson())
        .isEqualTo(Json.parse("[{\"x\":\"1\",\"y\":\"2\"},{\"x\":\"3\",\"y\":\"4\"}]"));
  }

  @Test
  void an_unreadable_object_fails_with_item_reader_failed() {
    Execution e = run("{\"InputType\":\"JSON\"}", "{\"not\":\"an array\"}", "");

    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).isEqualTo(StatesErrors.ITEM_READER_FAILED);
  }

  @Test
  void the_result_writer_puts_results_and_manifest_and_the_state_gets_their_location() {
    Execution e =
        run(
            "{\"InputType\":\"JSON\"}",
            "[1,2]",
            "\"ResultWriter\":{\"Resource\":\"arn:aws:states:::s3:putObject\",\"Parameters\":{\"Bucket\":\"out\",\"Prefix\":\"runs\"}},");

    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    List<TaskCall> puts = calls.stream().filter(c -> c.resource().endsWith("putObject")).toList();
    assertThat(puts).hasSize(2);
    JsonNode results = Json.parse(puts.get(0).parameters().path("Body").asText());
    assertThat(results.findValuesAsText("Output")).containsExactly("1", "2");
    JsonNode details = e.outputJson().path("ResultWriterDetails");
    assertThat(details.path("Bucket").asText()).isEqualTo("out");
    assertThat(details.path("Key").asText()).startsWith("runs/").endsWith("/manifest.json");
    assertThat(puts.get(1).parameters().path("Key").asText())
        .isEqualTo(details.path("Key").asText());
  }
}
