package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.RemoteHistory;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.StateEnteredEventDetails;

/** RemoteHistory reads GetExecutionHistory back into the emulator's own events. */
class RemoteHistoryTest {
  private static final String DEFINITION =
      """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 1}],
          "Catch": [{"ErrorEquals": ["Declined"], "Next": "Refund"}], "Next": "Ship"},
        "Ship": {"Type": "Map", "ItemsPath": "$.items",
          "ItemProcessor": {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}},
          "End": true},
        "Refund": {"Type": "Pass", "End": true}}}
      """;

  /** Busy twice, then declined. */
  private static final TaskResponder LAMBDA =
      call ->
          call.invocation() < 2
              ? TaskResponse.throwing("Busy", "try later")
              : TaskResponse.throwing("Declined", "no funds");

  private final ServerFixture f =
      new ServerFixture(
          EmulatorOptions.newBuilder().taskResponder(LAMBDA).build(),
          ServerOptions.getDefaultInstance());

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void reads_the_same_events_as_the_emulator_holds() {
    // GIVEN an execution run through the endpoint
    String machine =
        f.sfn
            .createStateMachine(b -> b.name("Order").definition(DEFINITION).roleArn(ROLE))
            .stateMachineArn();
    String arn =
        f.sfn
            .startExecution(b -> b.stateMachineArn(machine).name("o-1").input("{\"items\":[1]}"))
            .executionArn();
    List<HistoryEvent> local = f.emulator.describeExecution(arn).await().history();
    // WHEN
    List<HistoryEvent> remote = RemoteHistory.read(f.sfn, arn);
    // THEN
    // (AWS's ExecutionStarted details carry no stateMachineArn; the emulator adds it)
    assertThat(remote)
        .extracting(RemoteHistoryTest::summary)
        .containsExactlyElementsOf(local.stream().map(RemoteHistoryTest::summary).toList());
    ExecutionTrace trace = ExecutionTrace.of("o-1", remote);
    assertThat(trace.retries("Charge")).isEqualTo(2);
    assertThat(trace.render()).isEqualTo(ExecutionTrace.of("o-1", local).render());
  }

  @Test
  void links_past_event_types_it_does_not_know() {
    // GIVEN an event type newer than the emulator between two events
    List<software.amazon.awssdk.services.sfn.model.HistoryEvent> events =
        List.of(
            event(1, 0, "ExecutionStarted"),
            event(2, 1, "ExecutionRedrivenSomehow"),
            event(3, 2, "PassStateEntered").toBuilder()
                .stateEnteredEventDetails(StateEnteredEventDetails.builder().name("P").build())
                .build());
    // WHEN
    List<HistoryEvent> converted = RemoteHistory.fromSdk(events);
    // THEN
    assertThat(converted).extracting(HistoryEvent::id).containsExactly(1L, 3L);
    assertThat(converted.get(1).previousEventId()).isEqualTo(1);
    assertThat(converted.get(1).stateName()).isEqualTo("P");
    assertThat(converted.get(1).detailsKey()).isEqualTo("stateEnteredEventDetails");
    assertThat(converted.get(0).details()).isEqualTo(Json.NODES.objectNode());
  }

  private static List<Object> summary(HistoryEvent e) {
    return Arrays.asList(
        e.id(),
        e.previousEventId(),
        e.type(),
        e.detailsKey(),
        e.stateName(),
        e.input(),
        e.output(),
        e.error(),
        e.cause(),
        e.details().get("assignedVariables"));
  }

  private static software.amazon.awssdk.services.sfn.model.HistoryEvent event(
      long id, long previous, String type) {
    return software.amazon.awssdk.services.sfn.model.HistoryEvent.builder()
        .id(id)
        .previousEventId(previous)
        .type(type)
        .timestamp(Instant.EPOCH)
        .build();
  }
}
