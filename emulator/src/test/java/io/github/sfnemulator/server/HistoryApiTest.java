package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** GetExecutionHistory through the endpoint, and the same history as in process. */
class HistoryApiTest {
  private static final String SCENARIO =
      """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"amount.$": "$.amount"}, "ResultPath": "$.charge",
          "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2}],
          "Next": "Large?"},
        "Large?": {"Type": "Choice",
          "Choices": [{"Variable": "$.amount", "NumericGreaterThan": 100, "Next": "Review"}],
          "Default": "Ship"},
        "Review": {"Type": "Wait", "Seconds": 3600, "Next": "Ship"},
        "Ship": {"Type": "Map", "ItemsPath": "$.items",
          "ItemProcessor": {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}},
          "ResultPath": "$.shipped", "Next": "Done"},
        "Done": {"Type": "Succeed"}}}
      """;
  private static final String INPUT = "{\"amount\": 250, \"items\": [\"a\", \"b\"]}";

  /** Throttled once, then charged: the same answers in both emulators. */
  private static final TaskResponder LAMBDA =
      call ->
          call.invocation() == 0
              ? TaskResponse.throwing("Lambda.TooManyRequestsException", "slow down")
              : TaskResponse.returning(Json.parse("{\"charged\": true}"));

  private final ServerFixture f =
      new ServerFixture(
          EmulatorOptions.newBuilder().taskResponder(LAMBDA).build(),
          ServerOptions.getDefaultInstance());

  @AfterEach
  void close() {
    f.close();
  }

  private String runThroughEndpoint() {
    String machine =
        f.sfn
            .createStateMachine(b -> b.name("Order").definition(SCENARIO).roleArn(ROLE))
            .stateMachineArn();
    String arn =
        f.sfn
            .startExecution(b -> b.stateMachineArn(machine).name("o-1").input(INPUT))
            .executionArn();
    f.emulator.describeExecution(arn).await();
    return arn;
  }

  /** id, previous id, type and state name of each event. */
  private static String line(long id, long previous, String type, String state) {
    return id + "<-" + previous + " " + type + (state == null ? "" : " " + state);
  }

  private static String stateOf(HistoryEvent e) {
    return "stateEnteredEventDetails".equals(e.detailsKey())
            || "stateExitedEventDetails".equals(e.detailsKey())
        ? e.stateName()
        : null;
  }

  @Test
  void the_endpoint_shows_the_same_history_as_the_in_process_api() {
    // GIVEN the scenario in process
    List<String> inProcess;
    try (StepFunctionsEmulator local =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(LAMBDA).build())) {
      String machine = local.createStateMachine("Order", SCENARIO, ROLE).arn();
      Execution execution = local.startExecution(machine, "o-1", INPUT).await();
      inProcess =
          execution.history().stream()
              .map(e -> line(e.id(), e.previousEventId(), e.type().name(), stateOf(e)))
              .toList();
    }
    // WHEN the same scenario runs through the endpoint
    String arn = runThroughEndpoint();
    List<String> endpoint =
        f.sfn.getExecutionHistoryPaginator(b -> b.executionArn(arn).maxResults(5)).events().stream()
            .map(
                e ->
                    line(
                        e.id(),
                        e.previousEventId(),
                        e.typeAsString(),
                        e.stateEnteredEventDetails() != null
                            ? e.stateEnteredEventDetails().name()
                            : e.stateExitedEventDetails() != null
                                ? e.stateExitedEventDetails().name()
                                : null))
            .toList();
    // THEN
    assertThat(endpoint).isEqualTo(inProcess).hasSizeGreaterThan(20);
    assertThat(endpoint)
        .anyMatch(l -> l.endsWith("TaskFailed"))
        .anyMatch(l -> l.contains("WaitStateEntered Review"));
  }

  @Test
  void carries_details_in_aws_shapes_and_timestamps() {
    String arn = runThroughEndpoint();
    List<HistoryEvent> local = f.emulator.describeExecution(arn).history();

    GetExecutionHistoryResponse page =
        f.sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(1000));

    assertThat(page.events().get(0).type()).isEqualTo(HistoryEventType.EXECUTION_STARTED);
    // AWS repeats the input text as it was sent, spaces included
    assertThat(page.events().get(0).executionStartedEventDetails().input()).isEqualTo(INPUT);
    assertThat(page.events().get(1).stateEnteredEventDetails().name()).isEqualTo("Charge");
    assertThat(
            page.events().stream()
                .filter(e -> e.type() == HistoryEventType.TASK_FAILED)
                .findFirst()
                .orElseThrow()
                .taskFailedEventDetails()
                .error())
        .isEqualTo("Lambda.TooManyRequestsException");
    assertThat(page.events())
        .extracting(e -> e.timestamp())
        .containsExactlyElementsOf(local.stream().map(HistoryEvent::timestamp).toList());
  }

  @Test
  void pages_in_reverse_order_and_leaves_out_execution_data_on_request() {
    String arn = runThroughEndpoint();
    int size = f.emulator.describeExecution(arn).history().size();

    GetExecutionHistoryResponse first =
        f.sfn.getExecutionHistory(
            b -> b.executionArn(arn).reverseOrder(true).maxResults(3).includeExecutionData(false));
    GetExecutionHistoryResponse second =
        f.sfn.getExecutionHistory(
            b -> b.executionArn(arn).reverseOrder(true).maxResults(3).nextToken(first.nextToken()));

    assertThat(first.events())
        .extracting(e -> e.id())
        .containsExactly((long) size, size - 1L, size - 2L);
    assertThat(first.events().get(0).type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
    assertThat(first.events().get(0).executionSucceededEventDetails().output()).isNull();
    assertThat(second.events())
        .extracting(e -> e.id())
        .containsExactly(size - 3L, size - 4L, size - 5L);
    assertThat(
            f.sfn
                .getExecutionHistory(b -> b.executionArn(arn))
                .events()
                .get(0)
                .executionStartedEventDetails()
                .input())
        .isNotNull();
  }
}
