package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.PASS;
import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.mock.MockConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.StopExecutionResponse;

/** Executions through an unmodified SfnClient. */
class ExecutionApiTest {
  private static final String WAIT_DAY =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":86400,\"Next\":\"P\"},"
          + "\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  /** Within an EXPRESS execution's five minutes. */
  private static final String WAIT_MINUTE = WAIT_DAY.replace("86400", "60");

  private static final String ACTIVITY =
      "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:states:us-east-1:123456789012:activity:Worker\",\"End\":true}}}";

  private ServerFixture f = new ServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private String create(String name, String definition) {
    return f.sfn
        .createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  private String start(String machineArn, String name, String input) {
    return f.sfn
        .startExecution(b -> b.stateMachineArn(machineArn).name(name).input(input))
        .executionArn();
  }

  @Test
  void starts_and_describes_an_execution() {
    // GIVEN
    String machine = create("Orders", PASS);
    // WHEN
    String arn = start(machine, "first", "{\"id\":1}");
    f.emulator.describeExecution(arn).await();
    DescribeExecutionResponse described = f.sfn.describeExecution(b -> b.executionArn(arn));
    // THEN
    assertThat(arn).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Orders:first");
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.input()).isEqualTo("{\"id\":1}");
    assertThat(described.output()).isEqualTo("\"one\"");
    assertThat(described.stateMachineArn()).isEqualTo(machine);
    assertThat(described.startDate()).isEqualTo(f.emulator.describeExecution(arn).startDate());
    assertThat(described.stopDate()).isNotNull();
  }

  @Test
  void a_wait_passes_at_once_under_the_virtual_clock_while_the_history_shows_a_day() {
    String machine = create("Waits", WAIT_DAY);

    String arn = start(machine, "w", "{}");
    f.emulator.describeExecution(arn).await(Duration.ofSeconds(10));
    DescribeExecutionResponse described = f.sfn.describeExecution(b -> b.executionArn(arn));

    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Duration.between(described.startDate(), described.stopDate()))
        .isEqualTo(Duration.ofDays(1));
  }

  @Test
  void describes_the_state_machine_of_an_execution() {
    String machine = create("Orders", PASS);
    String arn = start(machine, "e", "{}");

    DescribeStateMachineForExecutionResponse described =
        f.sfn.describeStateMachineForExecution(b -> b.executionArn(arn));

    assertThat(described.stateMachineArn()).isEqualTo(machine);
    assertThat(described.definition()).isEqualTo(PASS);
    assertThat(described.name()).isEqualTo("Orders");
  }

  @Test
  void lists_executions_newest_first_filtered_by_status_and_in_pages() {
    f.sfn.createActivity(b -> b.name("Worker"));
    String waiting = create("Waiting", ACTIVITY);
    for (int i = 0; i < 3; i++) {
      start(waiting, "run-" + i, "{}");
    }
    String machine = create("Done", PASS);
    start(machine, "done", "{}");

    ListExecutionsResponse first =
        f.sfn.listExecutions(b -> b.stateMachineArn(waiting).maxResults(2));
    ListExecutionsResponse second =
        f.sfn.listExecutions(
            b -> b.stateMachineArn(waiting).maxResults(2).nextToken(first.nextToken()));
    List<ExecutionListItem> running =
        f.sfn
            .listExecutions(b -> b.stateMachineArn(waiting).statusFilter(ExecutionStatus.RUNNING))
            .executions();
    List<ExecutionListItem> succeeded =
        f.sfn
            .listExecutions(b -> b.stateMachineArn(waiting).statusFilter(ExecutionStatus.SUCCEEDED))
            .executions();

    assertThat(first.executions())
        .extracting(ExecutionListItem::name)
        .containsExactly("run-2", "run-1");
    assertThat(second.executions()).extracting(ExecutionListItem::name).containsExactly("run-0");
    assertThat(second.nextToken()).isNull();
    assertThat(running).hasSize(3);
    assertThat(succeeded).isEmpty();
  }

  @Test
  void stops_a_running_execution() {
    f.sfn.createActivity(b -> b.name("Worker"));
    String arn = start(create("Waiting", ACTIVITY), "stopped", "{}");

    StopExecutionResponse stopped =
        f.sfn.stopExecution(b -> b.executionArn(arn).error("Operator").cause("no longer needed"));
    DescribeExecutionResponse described = f.sfn.describeExecution(b -> b.executionArn(arn));

    assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(described.error()).isEqualTo("Operator");
    assertThat(described.cause()).isEqualTo("no longer needed");
    assertThat(stopped.stopDate()).isEqualTo(described.stopDate());
  }

  @Test
  void start_sync_execution_returns_the_result_of_an_express_machine() {
    String machine =
        f.sfn
            .createStateMachine(
                b ->
                    b.name("Express")
                        .definition(WAIT_MINUTE)
                        .roleArn(ROLE)
                        .type(StateMachineType.EXPRESS))
            .stateMachineArn();

    StartSyncExecutionResponse result =
        f.sfn.startSyncExecution(b -> b.stateMachineArn(machine).name("sync").input("{\"a\":1}"));

    assertThat(result.status())
        .isEqualTo(software.amazon.awssdk.services.sfn.model.SyncExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo("{\"a\":1}");
    assertThat(result.name()).isEqualTo("sync");
  }

  @Test
  void start_sync_execution_rejects_a_standard_machine() {
    String machine = create("Standard", PASS);

    assertThat(
            catchThrowableOfType(
                () -> f.sfn.startSyncExecution(b -> b.stateMachineArn(machine)),
                StateMachineTypeNotSupportedException.class))
        .isNotNull();
  }

  @Test
  void rejects_unknown_machines_and_executions_duplicate_names_and_bad_input() {
    String machine = create("Orders", PASS);
    start(machine, "once", "{}");
    String unknown = machine.replace("Orders", "Nope");

    assertThat(
            catchThrowableOfType(
                () -> start(unknown, "x", "{}"), StateMachineDoesNotExistException.class))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                () -> start(machine, "once", "{}"), ExecutionAlreadyExistsException.class))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                () -> start(machine, "bad", "{not json"), InvalidExecutionInputException.class))
        .isNotNull();
    ExecutionDoesNotExistException missing =
        catchThrowableOfType(
            () ->
                f.sfn.describeExecution(
                    b ->
                        b.executionArn(machine.replace(":stateMachine:", ":execution:") + ":none")),
            ExecutionDoesNotExistException.class);
    assertThat(missing.awsErrorDetails().errorMessage()).startsWith("Execution Does Not Exist: '");
  }

  @Test
  void a_test_case_suffix_selects_mocked_responses_from_the_mock_config() {
    f.close();
    MockConfig mocks =
        MockConfig.parse(
            """
            {"StateMachines": {"Charge": {"TestCases": {"HappyPath": {"Pay": "Paid"}}}},
             "MockedResponses": {"Paid": {"0": {"Return": {"paid": true}}}}}
            """);
    f =
        new ServerFixture(
            EmulatorOptions.newBuilder().mockConfig(mocks).build(),
            ServerOptions.getDefaultInstance());
    String machine =
        create(
            "Charge",
            "{\"StartAt\":\"Pay\",\"States\":{\"Pay\":{\"Type\":\"Task\","
                + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"End\":true}}}");

    String arn = start(machine + "#HappyPath", "happy", "{}");
    f.emulator.describeExecution(arn).await();

    assertThat(f.sfn.describeExecution(b -> b.executionArn(arn)).output())
        .isEqualTo("{\"paid\":true}");
  }
}
