package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.Execution;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * What differs for an Express state machine where a client can see it, as AWS answered LocalStack's
 * recorded tests (tests/aws/services/stepfunctions/v2/test_sfn_api_express.snapshot.json): an
 * Express execution's ARN has the resource type {@code express}, which DescribeExecution,
 * StopExecution and GetExecutionHistory refuse; ListExecutions refuses an Express machine;
 * StartSyncExecution returns billing details (Express pricing: duration rounded up to 100 ms,
 * memory in 64-MB steps).
 */
class ExpressApiTest {
  private static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final String WAIT_SECONDS =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":61,\"Next\":\"P\"},"
          + "\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final String FAIL =
      "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Order.Invalid\",\"Cause\":\"no items\"}}}";
  private static final String EXPRESS_REFUSED =
      "Invalid Arn: 'Resource type not valid in this context: express'";

  private final ServerFixture f = new ServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private String express(String name, String definition) {
    return f.sfn
        .createStateMachine(
            b -> b.name(name).definition(definition).roleArn(ROLE).type(StateMachineType.EXPRESS))
        .stateMachineArn();
  }

  @Test
  void an_express_execution_has_an_express_arn_that_describe_stop_and_history_refuse() {
    String machine = express("Quick", PASS);

    String arn = f.sfn.startExecution(b -> b.stateMachineArn(machine).name("e1")).executionArn();
    List<String> refusals =
        List.of(
                catchThrowableOfType(
                    () -> f.sfn.describeExecution(b -> b.executionArn(arn)),
                    InvalidArnException.class),
                catchThrowableOfType(
                    () -> f.sfn.stopExecution(b -> b.executionArn(arn)), InvalidArnException.class),
                catchThrowableOfType(
                    () -> f.sfn.getExecutionHistory(b -> b.executionArn(arn)),
                    InvalidArnException.class))
            .stream()
            .map(e -> e.awsErrorDetails().errorMessage())
            .toList();

    assertThat(arn).matches("arn:aws:states:us-east-1:123456789012:express:Quick:e1:[0-9a-f-]{36}");
    assertThat(refusals).containsOnly(EXPRESS_REFUSED).hasSize(3);
  }

  @Test
  void list_executions_refuses_an_express_machine() {
    String machine = express("Quick", PASS);

    StateMachineTypeNotSupportedException e =
        catchThrowableOfType(
            () -> f.sfn.listExecutions(b -> b.stateMachineArn(machine)),
            StateMachineTypeNotSupportedException.class);

    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo("This operation is not supported by this type of state machine");
  }

  @Test
  void start_sync_execution_bills_the_duration_rounded_up_to_100_ms_and_64_mb() {
    String quick = express("Quick", PASS);
    String waits = express("Waits", WAIT_SECONDS);

    StartSyncExecutionResponse instant =
        f.sfn.startSyncExecution(b -> b.stateMachineArn(quick).input("{}"));
    StartSyncExecutionResponse minute =
        f.sfn.startSyncExecution(b -> b.stateMachineArn(waits).input("{}"));

    assertThat(instant.executionArn()).contains(":express:Quick:");
    assertThat(instant.billingDetails().billedDurationInMilliseconds()).isEqualTo(100L);
    assertThat(instant.billingDetails().billedMemoryUsedInMB()).isEqualTo(64L);
    // 61 s of virtual time: the bill is the execution's duration on the emulator's clock
    assertThat(minute.billingDetails().billedDurationInMilliseconds()).isEqualTo(61_000L);
  }

  @Test
  void a_failed_sync_execution_returns_its_error_and_cause_not_an_exception() {
    String machine = express("Failing", FAIL);

    StartSyncExecutionResponse result =
        f.sfn.startSyncExecution(b -> b.stateMachineArn(machine).input("{}"));

    assertThat(result.status()).isEqualTo(SyncExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Order.Invalid");
    assertThat(result.cause()).isEqualTo("no items");
    assertThat(result.output()).isNull();
    assertThat(result.billingDetails()).isNotNull();
  }

  @Test
  void the_emulator_still_keeps_the_history_of_an_express_execution_for_tests() {
    String machine = express("Quick", PASS);
    String arn =
        f.sfn.startSyncExecution(b -> b.stateMachineArn(machine).input("{}")).executionArn();

    Execution execution = f.emulator.describeExecution(arn);

    assertThat(execution.statesEntered()).containsExactly("P");
    // ExecutionStarted, PassStateEntered, PassStateExited, ExecutionSucceeded: as AWS logs it (id
    // 4)
    assertThat(execution.history()).hasSize(4);
    assertThat(execution.history().get(3).type().name()).isEqualTo("ExecutionSucceeded");
  }

  @Test
  void an_express_machine_refuses_callbacks_sync_integrations_and_activities_in_aws_words() {
    String callback =
        "{\"StartAt\":\"Publish\",\"States\":{\"Publish\":{\"Type\":\"Task\","
            + "\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\",\"End\":true}}}";
    String sync =
        "{\"StartAt\":\"Par\",\"States\":{\"Par\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":[{\"StartAt\":"
            + "\"StartExecution\",\"States\":{\"StartExecution\":{\"Type\":\"Task\","
            + "\"Resource\":\"arn:aws:states:::states:startExecution.sync:2\",\"End\":true}}}]}}}";
    String activity =
        "{\"StartAt\":\"ActivityTask\",\"States\":{\"ActivityTask\":{\"Type\":\"Task\","
            + "\"Resource\":\"arn:aws:states:us-east-1:123456789012:activity:Worker\",\"End\":true}}}";

    assertThat(refusal("A", callback))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not support"
                + " '.waitForTaskToken' service integration  at /States/Publish/Resource'");
    assertThat(refusal("B", sync))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not support"
                + " '.sync' service integration at /States/Par/Branches/0/States/StartExecution/Resource'");
    assertThat(refusal("C", activity))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not support"
                + " Activity ARN at /States/ActivityTask/Resource'");
    // the same definitions are a Standard machine's to use
    assertThat(
            f.sfn
                .createStateMachine(b -> b.name("S").definition(callback).roleArn(ROLE))
                .stateMachineArn())
        .isNotNull();
  }

  private String refusal(String name, String definition) {
    return catchThrowableOfType(() -> express(name, definition), InvalidDefinitionException.class)
        .awsErrorDetails()
        .errorMessage();
  }
}
