package io.github.sfnemulator.server;

import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;
import static io.github.sfnemulator.mock.TaskMocks.matching;
import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveFilter;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;
import software.amazon.awssdk.services.sfn.model.MapRunStatus;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * ListMapRuns, DescribeMapRun, UpdateMapRun and ListExecutions by mapRunArn through an unmodified
 * SfnClient. Shapes follow the API reference (DescribeMapRun, MapRunItemCounts,
 * MapRunExecutionCounts, ListExecutions); the Map Run ARN is the one MapRunStarted records.
 */
class MapRunApiTest {
  /** A Distributed Map over $.ids whose iterations call Lambda; one failure is tolerated. */
  private static final String DISTRIBUTED =
      """
      {"StartAt": "Each", "States": {"Each": {"Type": "Map", "Label": "Each", "ItemsPath": "$.ids",
        "ToleratedFailureCount": 1, "End": true,
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
          "StartAt": "Process", "States": {"Process": {"Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload", "End": true,
            "Parameters": {"FunctionName": "process", "Payload": {"id.$": "$"}}}}}}}}
      """;

  /** Iterations that wait for a task token, two at a time. */
  private static final String CALLBACKS =
      """
      {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.ids", "MaxConcurrency": 1,
        "End": true,
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
          "StartAt": "Approve", "States": {"Approve": {"Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "End": true,
            "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}}}}}}}
      """;

  private final TaskMocks mocks = TaskMocks.create();
  private final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
  private final ServerFixture f =
      new ServerFixture(
          EmulatorOptions.newBuilder().taskResponder(mocks).build(),
          ServerOptions.getDefaultInstance());

  @AfterEach
  void close() {
    f.close();
  }

  private String run(String name, String definition, String input) {
    String machine =
        f.sfn
            .createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
            .stateMachineArn();
    String arn =
        f.sfn
            .startExecution(b -> b.stateMachineArn(machine).name("run").input(input))
            .executionArn();
    f.emulator.describeExecution(arn).await();
    return arn;
  }

  private void mockProcess(java.util.Set<Integer> failing) {
    mocks.stubFor(
        lambda("Process")
            .willAnswer(
                call ->
                    TaskResponse.returning(
                        TaskMocks.lambdaInvokeResult(
                            "{\"id\": " + call.parameters().path("Payload").path("id") + "}"))));
    mocks.stubFor(
        lambda("Process")
            .withParameters(
                matching(p -> failing.contains(p.path("Payload").path("id").asInt()), "failing"))
            .willThrow(lambdaError("Lambda.ServiceException", "down")));
  }

  private String mapRunArnFromHistory(String executionArn) {
    return f.sfn.getExecutionHistory(b -> b.executionArn(executionArn)).events().stream()
        .filter(e -> e.type() == HistoryEventType.MAP_RUN_STARTED)
        .findFirst()
        .orElseThrow()
        .mapRunStartedEventDetails()
        .mapRunArn();
  }

  @Test
  void lists_and_describes_the_map_run_of_a_distributed_map_with_its_counts() {
    // GIVEN one of four iterations fails, within the tolerated count
    mockProcess(java.util.Set.of(2));
    String arn = run("Tolerant", DISTRIBUTED, "{\"ids\": [0, 1, 2, 3]}");
    // WHEN
    List<MapRunListItem> runs = f.sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns();
    DescribeMapRunResponse run = f.sfn.describeMapRun(b -> b.mapRunArn(runs.get(0).mapRunArn()));
    // THEN
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).mapRunArn()).isEqualTo(mapRunArnFromHistory(arn));
    assertThat(runs.get(0).mapRunArn())
        .startsWith("arn:aws:states:us-east-1:123456789012:mapRun:Tolerant/Each:");
    assertThat(runs.get(0).executionArn()).isEqualTo(arn);
    assertThat(runs.get(0).stateMachineArn()).endsWith(":stateMachine:Tolerant/Each");
    assertThat(runs.get(0).stopDate()).isNotNull();
    assertThat(run.status()).isEqualTo(MapRunStatus.SUCCEEDED);
    assertThat(run.executionArn()).isEqualTo(arn);
    assertThat(run.toleratedFailureCount()).isEqualTo(1);
    assertThat(run.maxConcurrency()).isZero();
    assertThat(run.executionCounts().total()).isEqualTo(4);
    assertThat(run.executionCounts().succeeded()).isEqualTo(3);
    assertThat(run.executionCounts().failed()).isEqualTo(1);
    assertThat(run.executionCounts().pending()).isZero();
    assertThat(run.executionCounts().running()).isZero();
    // the run succeeded: its tolerated failure is not run again by a redrive
    assertThat(run.executionCounts().failuresNotRedrivable()).isEqualTo(1);
    assertThat(run.executionCounts().pendingRedrive()).isZero();
    assertThat(run.itemCounts().total()).isEqualTo(4);
    assertThat(run.redriveCount()).isZero();
  }

  @Test
  void lists_a_map_runs_child_executions_by_status() {
    mockProcess(java.util.Set.of(2));
    String arn = run("Tolerant", DISTRIBUTED, "{\"ids\": [0, 1, 2, 3]}");
    String mapRunArn = mapRunArnFromHistory(arn);

    List<ExecutionListItem> children =
        f.sfn.listExecutions(b -> b.mapRunArn(mapRunArn)).executions();
    List<ExecutionListItem> failed =
        f.sfn
            .listExecutions(b -> b.mapRunArn(mapRunArn).statusFilter(ExecutionStatus.FAILED))
            .executions();

    assertThat(children).hasSize(4);
    assertThat(children)
        .allSatisfy(
            c -> {
              assertThat(c.mapRunArn()).isEqualTo(mapRunArn);
              assertThat(c.itemCount()).isEqualTo(1);
              assertThat(c.executionArn()).contains(":execution:Tolerant/Each:");
            });
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void a_redrive_of_the_parent_redrives_its_failed_map_run() {
    // GIVEN two failures where one is tolerated: the Map Run fails
    mockProcess(java.util.Set.of(1, 3));
    String arn = run("Strict", DISTRIBUTED, "{\"ids\": [0, 1, 2, 3]}");
    String mapRunArn = mapRunArnFromHistory(arn);
    DescribeMapRunResponse failed = f.sfn.describeMapRun(b -> b.mapRunArn(mapRunArn));
    assertThat(failed.status()).isEqualTo(MapRunStatus.FAILED);
    assertThat(failed.executionCounts().pendingRedrive()).isEqualTo(2);
    // WHEN
    mocks.reset();
    mockProcess(java.util.Set.of());
    f.sfn.redriveExecution(b -> b.executionArn(arn));
    f.emulator.describeExecution(arn).await();
    // THEN the same run ran its two failed children again
    DescribeMapRunResponse redriven = f.sfn.describeMapRun(b -> b.mapRunArn(mapRunArn));
    assertThat(redriven.status()).isEqualTo(MapRunStatus.SUCCEEDED);
    assertThat(redriven.redriveCount()).isEqualTo(1);
    assertThat(redriven.redriveDate()).isNotNull();
    assertThat(redriven.executionCounts().succeeded()).isEqualTo(4);
    assertThat(mocks.calls()).hasSize(2);
    HistoryEvent event =
        f.sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(1000)).events().stream()
            .filter(e -> e.type() == HistoryEventType.MAP_RUN_REDRIVEN)
            .findFirst()
            .orElseThrow();
    assertThat(event.mapRunRedrivenEventDetails().mapRunArn()).isEqualTo(mapRunArn);
    assertThat(event.mapRunRedrivenEventDetails().redriveCount()).isEqualTo(1);
    assertThat(f.sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns()).hasSize(1);
    List<ExecutionListItem> again =
        f.sfn
            .listExecutions(
                b -> b.mapRunArn(mapRunArn).redriveFilter(ExecutionRedriveFilter.REDRIVEN))
            .executions();
    assertThat(again).extracting(ExecutionListItem::redriveCount).containsExactly(1, 1);
    assertThat(again).extracting(ExecutionListItem::status).containsOnly(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void update_map_run_raises_the_concurrency_of_the_running_map_run() throws InterruptedException {
    // GIVEN a running Map Run with one iteration at a time, each waiting for its task token
    mocks.stubFor(
        io.github.sfnemulator.mock.TaskMocks.state("Approve")
            .willAnswer(
                call -> {
                  tokens.add(call.parameters().path("MessageBody").path("token").asText());
                  return TaskResponse.returning(call.parameters());
                }));
    String machine =
        f.sfn
            .createStateMachine(b -> b.name("Approvals").definition(CALLBACKS).roleArn(ROLE))
            .stateMachineArn();
    String arn =
        f.sfn
            .startExecution(b -> b.stateMachineArn(machine).input("{\"ids\": [0, 1, 2, 3]}"))
            .executionArn();
    String first = token();
    String mapRunArn = f.sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().get(0).mapRunArn();
    assertThat(f.sfn.describeMapRun(b -> b.mapRunArn(mapRunArn)).executionCounts().running())
        .isEqualTo(1);
    // WHEN
    f.sfn.updateMapRun(b -> b.mapRunArn(mapRunArn).maxConcurrency(3).toleratedFailureCount(2L));
    // THEN two more iterations start at once
    token();
    token();
    DescribeMapRunResponse updated = f.sfn.describeMapRun(b -> b.mapRunArn(mapRunArn));
    assertThat(updated.maxConcurrency()).isEqualTo(3);
    assertThat(updated.toleratedFailureCount()).isEqualTo(2);
    assertThat(updated.executionCounts().running()).isEqualTo(3);
    assertThat(updated.executionCounts().pending()).isEqualTo(1);
    assertThat(updated.status()).isEqualTo(MapRunStatus.RUNNING);
    assertThat(updated.stopDate()).isNull();
    f.sfn.sendTaskSuccess(b -> b.taskToken(first).output("{}"));
    f.sfn.stopExecution(b -> b.executionArn(arn));
    assertThat(f.sfn.describeMapRun(b -> b.mapRunArn(mapRunArn)).status())
        .isEqualTo(MapRunStatus.ABORTED);
  }

  @Test
  void map_run_operations_fail_as_aws_does() {
    mockProcess(java.util.Set.of());
    String arn = run("Done", DISTRIBUTED, "{\"ids\": [0]}");
    String mapRunArn = mapRunArnFromHistory(arn);
    String unknown = mapRunArn.substring(0, mapRunArn.lastIndexOf(':') + 1) + "unknown";

    assertThat(
            catchThrowableOfType(
                ResourceNotFoundException.class,
                () -> f.sfn.describeMapRun(b -> b.mapRunArn(unknown))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                ResourceNotFoundException.class,
                () -> f.sfn.updateMapRun(b -> b.mapRunArn(unknown))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                InvalidArnException.class, () -> f.sfn.describeMapRun(b -> b.mapRunArn(arn))))
        .isNotNull();
    ValidationException ended =
        catchThrowableOfType(
            ValidationException.class,
            () -> f.sfn.updateMapRun(b -> b.mapRunArn(mapRunArn).maxConcurrency(2)));
    assertThat(ended.awsErrorDetails().errorMessage())
        .contains("only a RUNNING Map Run can be updated");
    assertThat(
            catchThrowableOfType(
                ExecutionDoesNotExistException.class,
                () -> f.sfn.listMapRuns(b -> b.executionArn(arn + "x"))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                ValidationException.class,
                () ->
                    f.sfn.listExecutions(
                        b ->
                            b.mapRunArn(mapRunArn)
                                .stateMachineArn(arn.replace(":execution:", ":stateMachine:")))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                ValidationException.class,
                () ->
                    f.sfn.updateMapRun(
                        b -> b.mapRunArn(mapRunArn).toleratedFailurePercentage(101f))))
        .isNotNull();
  }

  private String token() throws InterruptedException {
    String token = tokens.poll(10, TimeUnit.SECONDS);
    assertThat(token).as("task token sent by an iteration").isNotNull();
    return token;
  }
}
