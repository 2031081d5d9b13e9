package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.RedriveTest;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.mock.TaskMocks;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveFilter;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.SfnException;

/**
 * RedriveExecution, and the redrive members of DescribeExecution, ListExecutions and the history,
 * through an unmodified SfnClient. No recorded redrive exists in the conformance corpus; shapes
 * follow the API reference (RedriveExecution, DescribeExecution, ListExecutions,
 * ExecutionRedrivenEventDetails).
 */
class RedriveApiTest {
  private static final String FAIL =
      "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"E\"}}}";
  private static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  private final TaskMocks mocks = TaskMocks.create();
  private final ServerFixture f =
      new ServerFixture(
          EmulatorOptions.newBuilder().taskResponder(mocks).build(),
          ServerOptions.getDefaultInstance());

  @AfterEach
  void close() {
    f.close();
  }

  private String create(String name, String definition) {
    return f.sfn
        .createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  private String run(String machine, String name, String input) {
    String arn =
        f.sfn
            .startExecution(b -> b.stateMachineArn(machine).name(name).input(input))
            .executionArn();
    f.emulator.describeExecution(arn).await();
    return arn;
  }

  private DescribeExecutionResponse describe(String arn) {
    return f.sfn.describeExecution(b -> b.executionArn(arn));
  }

  @Test
  void redrives_a_map_of_ten_where_three_failed_running_only_those_three_again() {
    // GIVEN three of ten iterations failed
    String machine = create("Batch", RedriveTest.MAP_OF_TEN);
    RedriveTest.mockProcess(mocks, RedriveTest.FAILING);
    String arn = run(machine, "batch", RedriveTest.TEN_IDS);
    assertThat(describe(arn).status()).isEqualTo(ExecutionStatus.FAILED);
    int eventsBefore =
        f.sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(1000)).events().size();
    // WHEN the mocks are fixed and the execution is redriven
    mocks.reset();
    RedriveTest.mockProcess(mocks, Set.of());
    var redriven = f.sfn.redriveExecution(b -> b.executionArn(arn));
    f.emulator.describeExecution(arn).await();
    // THEN only the three ran again, and the output has all ten results
    assertThat(mocks.calls()).extracting(RedriveTest::id).containsExactlyInAnyOrder(1, 4, 9);
    DescribeExecutionResponse described = describe(arn);
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.output())
        .isEqualTo(
            "[{\"done\":0},{\"done\":1},{\"done\":2},{\"done\":3},{\"done\":4},"
                + "{\"done\":5},{\"done\":6},{\"done\":7},{\"done\":8},{\"done\":9}]");
    assertThat(described.redriveCount()).isEqualTo(1);
    assertThat(described.redriveDate()).isEqualTo(redriven.redriveDate());
    assertThat(described.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
    assertThat(described.redriveStatusReason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    List<HistoryEvent> events =
        f.sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(1000)).events();
    HistoryEvent event = events.get(eventsBefore);
    assertThat(event.type()).isEqualTo(HistoryEventType.EXECUTION_REDRIVEN);
    assertThat(event.id()).isEqualTo(eventsBefore + 1L);
    assertThat(event.previousEventId()).isEqualTo((long) eventsBefore);
    assertThat(event.executionRedrivenEventDetails().redriveCount()).isEqualTo(1);
    assertThat(events.get(events.size() - 1).type())
        .isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
  }

  @Test
  void describes_a_failed_execution_as_redrivable_and_a_running_one_with_aws_reason() {
    String arn = run(create("Failing", FAIL), "f", "{}");

    DescribeExecutionResponse failed = describe(arn);

    assertThat(failed.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);
    assertThat(failed.redriveStatusReason()).isNull();
    assertThat(failed.redriveCount()).isZero();
    assertThat(failed.redriveDate()).isNull();
  }

  @Test
  void refuses_executions_aws_does_not_redrive() {
    String succeeded = run(create("Passing", PASS), "ok", "{}");

    ExecutionNotRedrivableException notRedrivable =
        catchThrowableOfType(
            ExecutionNotRedrivableException.class,
            () -> f.sfn.redriveExecution(b -> b.executionArn(succeeded)));
    assertThat(notRedrivable.awsErrorDetails().errorMessage())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    assertThat(notRedrivable.statusCode()).isEqualTo(400);

    String missing = succeeded.replace(":ok", ":missing");
    assertThat(
            catchThrowableOfType(
                ExecutionDoesNotExistException.class,
                () -> f.sfn.redriveExecution(b -> b.executionArn(missing))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                InvalidArnException.class,
                () ->
                    f.sfn.redriveExecution(
                        b -> b.executionArn(succeeded.replace(":execution:", ":activity:")))))
        .isNotNull();
    SfnException badToken =
        catchThrowableOfType(
            SfnException.class,
            () -> f.sfn.redriveExecution(b -> b.executionArn(succeeded).clientToken("with space")));
    assertThat(badToken.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
  }

  @Test
  void the_same_client_token_answers_the_same_redrive() {
    String arn = run(create("Failing", FAIL), "f", "{}");

    var first = f.sfn.redriveExecution(b -> b.executionArn(arn).clientToken("retry-1"));
    f.emulator.describeExecution(arn).await();
    var second = f.sfn.redriveExecution(b -> b.executionArn(arn).clientToken("retry-1"));

    assertThat(second.redriveDate()).isEqualTo(first.redriveDate());
    assertThat(describe(arn).redriveCount()).isEqualTo(1);
    f.sfn.redriveExecution(b -> b.executionArn(arn).clientToken("retry-2"));
    f.emulator.describeExecution(arn).await();
    assertThat(describe(arn).redriveCount()).isEqualTo(2);
  }

  @Test
  void list_executions_filters_redriven_and_not_redriven() {
    String machine = create("Failing", FAIL);
    String redriven = run(machine, "redriven", "{}");
    run(machine, "not-redriven", "{}");
    f.sfn.redriveExecution(b -> b.executionArn(redriven));
    f.emulator.describeExecution(redriven).await();

    List<ExecutionListItem> yes =
        f.sfn
            .listExecutions(
                b -> b.stateMachineArn(machine).redriveFilter(ExecutionRedriveFilter.REDRIVEN))
            .executions();
    List<ExecutionListItem> no =
        f.sfn
            .listExecutions(
                b -> b.stateMachineArn(machine).redriveFilter(ExecutionRedriveFilter.NOT_REDRIVEN))
            .executions();

    assertThat(yes).extracting(ExecutionListItem::name).containsExactly("redriven");
    assertThat(yes.get(0).redriveCount()).isEqualTo(1);
    assertThat(yes.get(0).redriveDate()).isNotNull();
    assertThat(no).extracting(ExecutionListItem::name).containsExactly("not-redriven");
    assertThat(f.sfn.listExecutions(b -> b.stateMachineArn(machine)).executions()).hasSize(2);
  }
}
