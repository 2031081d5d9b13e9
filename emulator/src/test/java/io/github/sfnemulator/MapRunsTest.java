package io.github.sfnemulator;

import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Map Runs in process: counts, UpdateMapRun on a running run, batches. Shapes from the API
 * reference (DescribeMapRun, UpdateMapRun, MapRunItemCounts, MapRunExecutionCounts).
 */
class MapRunsTest {
  /**
   * A Distributed Map whose iterations wait for a task token, one at a time, no failure tolerated.
   */
  private static final String APPROVALS =
      """
      {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.ids", "MaxConcurrency": 1,
        "End": true,
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
          "StartAt": "Approve", "States": {"Approve": {"Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "End": true,
            "Parameters": {"QueueUrl": "q", "MessageBody": {"id.$": "$"}}}}}}}}
      """;

  private final List<String> tokens = new ArrayList<>();
  private final TaskMocks mocks =
      TaskMocks.create()
          .stubFor(
              state("Approve")
                  .willAnswer(
                      call -> {
                        tokens.add(call.taskToken());
                        return TaskResponse.returning("{}");
                      }));
  private final StepFunctionsEmulator emulator =
      StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build());

  @AfterEach
  void close() {
    emulator.close();
  }

  @Test
  void a_tolerance_raised_by_update_map_run_lets_the_running_run_survive_a_failure() {
    // GIVEN a running Map Run that tolerates no failure
    StateMachine machine = emulator.createStateMachine("Approvals", APPROVALS);
    Execution execution = emulator.startExecution(machine.arn(), "run", "{\"ids\": [0, 1, 2]}");
    MapRun run = execution.mapRuns().get(0);
    assertThat(run.status()).isEqualTo(MapRunStatus.RUNNING);
    assertThat(run.toleratedFailureCount()).isZero();
    // WHEN it is told to tolerate one, and the first iteration fails
    emulator.updateMapRun(run.arn(), 2, null, 1L);
    emulator.sendTaskFailure(tokens.get(0), "Rejected", "no");
    for (int i = 1; i < 3; i++) {
      emulator.sendTaskSuccess(tokens.get(i), "{}");
    }
    execution.await();
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    MapRun ended = emulator.describeMapRun(run.arn());
    assertThat(ended.status()).isEqualTo(MapRunStatus.SUCCEEDED);
    assertThat(ended.maxConcurrency()).isEqualTo(2);
    assertThat(ended.toleratedFailureCount()).isEqualTo(1);
    assertThat(ended.executionCounts().failed()).isEqualTo(1);
    assertThat(ended.executionCounts().succeeded()).isEqualTo(2);
    assertThat(ended.stopDate()).isEqualTo(execution.stopDate());
  }

  @Test
  void a_raised_max_concurrency_starts_waiting_iterations_at_once() {
    StateMachine machine = emulator.createStateMachine("Approvals", APPROVALS);
    Execution execution = emulator.startExecution(machine.arn(), "run", "{\"ids\": [0, 1, 2, 3]}");
    MapRun run = execution.mapRuns().get(0);
    assertThat(tokens).hasSize(1);
    assertThat(run.executionCounts().pending()).isEqualTo(3);

    MapRun updated = emulator.updateMapRun(run.arn(), 0, null, null); // 0: no limit

    assertThat(tokens).hasSize(4);
    assertThat(updated.executionCounts().running()).isEqualTo(4);
    assertThat(updated.maxConcurrency()).isZero();
    assertThat(emulator.listMapRunExecutions(run.arn())).hasSize(4);
  }

  @Test
  void item_counts_count_the_items_of_each_batch() {
    StateMachine machine =
        emulator.createStateMachine(
            "Batches",
            """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.ids", "End": true,
              "ItemBatcher": {"MaxItemsPerBatch": 2},
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
            """);

    Execution execution =
        emulator.startExecution(machine.arn(), "b", "{\"ids\": [1, 2, 3, 4, 5]}").await();

    MapRun run = execution.mapRuns().get(0);
    assertThat(run.executionCounts().total()).isEqualTo(3);
    assertThat(run.itemCounts().total()).isEqualTo(5);
    assertThat(run.itemCounts().succeeded()).isEqualTo(5);
    assertThat(emulator.listMapRunExecutions(run.arn()))
        .extracting(MapRunExecution::itemCount)
        .containsExactly(1, 2, 2); // newest first
    assertThat(execution.history())
        .filteredOn(e -> e.type() == HistoryEventType.MapRunStarted)
        .extracting(e -> e.details().get("mapRunArn").asText())
        .containsExactly(run.arn());
  }

  @Test
  void an_inline_map_has_no_map_run() {
    StateMachine machine =
        emulator.createStateMachine(
            "Inline",
            "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"End\":true,"
                + "\"ItemProcessor\":{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}}}}");

    Execution execution = emulator.startExecution(machine.arn(), "i", "[1, 2]").await();

    assertThat(execution.mapRuns()).isEmpty();
  }
}
