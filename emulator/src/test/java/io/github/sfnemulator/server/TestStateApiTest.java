package io.github.sfnemulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.InspectionLevel;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;

/** TestState through an unmodified SfnClient. */
class TestStateApiTest {
  private static final String ROLE = StateMachineApiTest.ROLE;
  private static final String CHARGE =
      """
      {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
       "Parameters": {"FunctionName": "charge", "Payload": {"amount.$": "$.amount"}},
       "ResultSelector": {"paid.$": "$.Payload.paid"}, "ResultPath": "$.charge",
       "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2, "MaxAttempts": 2}],
       "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Refund"}],
       "Next": "Ship"}
      """;

  private final ServerFixture f = new ServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void runs_a_pass_state_and_names_the_next_state() {
    TestStateResponse r =
        f.sfn.testState(
            b ->
                b.roleArn(ROLE)
                    .input("{\"a\":1}")
                    .definition(
                        "{\"Type\":\"Pass\",\"Parameters\":{\"b.$\":\"$.a\"},\"Next\":\"After\"}"));

    assertThat(r.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo("{\"b\":1}");
    assertThat(r.nextState()).isEqualTo("After");
    assertThat(r.inspectionData()).isNull();
  }

  @Test
  void a_mocked_task_shows_its_inspection_data_at_debug() {
    TestStateResponse r =
        f.sfn.testState(
            b ->
                b.roleArn(ROLE)
                    .input("{\"amount\":5}")
                    .definition(CHARGE)
                    .inspectionLevel(InspectionLevel.DEBUG)
                    .mock(m -> m.result("{\"Payload\":{\"paid\":true}}")));

    assertThat(r.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo("{\"amount\":5,\"charge\":{\"paid\":true}}");
    assertThat(r.nextState()).isEqualTo("Ship");
    assertThat(r.inspectionData().input()).isEqualTo("{\"amount\":5}");
    assertThat(r.inspectionData().afterParameters())
        .isEqualTo("{\"FunctionName\":\"charge\",\"Payload\":{\"amount\":5}}");
    assertThat(r.inspectionData().result()).isEqualTo("{\"Payload\":{\"paid\":true}}");
  }

  @Test
  void a_mocked_error_with_retry_attempts_left_is_retriable() {
    TestStateResponse r =
        f.sfn.testState(
            b ->
                b.roleArn(ROLE)
                    .input("{\"amount\":5}")
                    .definition(CHARGE)
                    .mock(
                        m ->
                            m.errorOutput(
                                e -> e.error("Lambda.TooManyRequestsException").cause("slow down")))
                    .stateConfiguration(c -> c.retrierRetryCount(1)));

    assertThat(r.status()).isEqualTo(TestExecutionStatus.RETRIABLE);
    assertThat(r.error()).isEqualTo("Lambda.TooManyRequestsException");
    assertThat(r.cause()).isEqualTo("slow down");
    assertThat(r.inspectionData().errorDetails().retryIndex()).isZero();
    assertThat(r.inspectionData().errorDetails().retryBackoffIntervalSeconds()).isEqualTo(4);
  }

  @Test
  void a_mocked_error_without_retries_left_is_caught() {
    TestStateResponse r =
        f.sfn.testState(
            b ->
                b.roleArn(ROLE)
                    .input("{\"amount\":5}")
                    .definition(CHARGE)
                    .mock(
                        m ->
                            m.errorOutput(
                                e -> e.error("Lambda.TooManyRequestsException").cause("slow down")))
                    .stateConfiguration(c -> c.retrierRetryCount(2)));

    assertThat(r.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
    assertThat(r.nextState()).isEqualTo("Refund");
    assertThat(r.output())
        .isEqualTo(
            "{\"amount\":5,\"error\":{\"Error\":\"Lambda.TooManyRequestsException\",\"Cause\":\"slow down\"}}");
    assertThat(r.inspectionData().errorDetails().catchIndex()).isZero();
  }

  @Test
  void a_choice_names_the_branch_taken_and_a_fail_state_fails() {
    TestStateResponse choice =
        f.sfn.testState(
            b ->
                b.roleArn(ROLE)
                    .input("{\"n\":7}")
                    .definition(
                        "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":5,"
                            + "\"Next\":\"Big\"}],\"Default\":\"Small\"}"));
    TestStateResponse fail =
        f.sfn.testState(
            b ->
                b.roleArn(ROLE)
                    .definition("{\"Type\":\"Fail\",\"Error\":\"Oops\",\"Cause\":\"on purpose\"}"));

    assertThat(choice.nextState()).isEqualTo("Big");
    assertThat(choice.output()).isEqualTo("{\"n\":7}");
    assertThat(fail.status()).isEqualTo(TestExecutionStatus.FAILED);
    assertThat(fail.error()).isEqualTo("Oops");
    assertThat(fail.cause()).isEqualTo("on purpose");
  }

  @Test
  void a_state_of_a_whole_machine_sees_the_given_variables() {
    String machine =
        """
        {"QueryLanguage": "JSONata", "StartAt": "Greet", "States": {
          "Greet": {"Type": "Pass", "Output": "{% 'hello ' & $who %}", "Assign": {"greeted": true}, "End": true}}}
        """;

    TestStateResponse r =
        f.sfn.testState(
            b ->
                b.roleArn(ROLE)
                    .definition(machine)
                    .stateName("Greet")
                    .variables("{\"who\":\"world\"}")
                    .inspectionLevel(InspectionLevel.TRACE));

    assertThat(r.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo("\"hello world\"");
    assertThat(r.nextState()).isNull();
    assertThat(r.inspectionData().variables()).contains("\"greeted\":true");
  }

  @Test
  void an_invalid_state_is_an_invalid_definition() {
    assertThat(
            catchThrowableOfType(
                () ->
                    f.sfn.testState(
                        b -> b.roleArn(ROLE).definition("{\"Type\":\"Teleport\",\"End\":true}")),
                InvalidDefinitionException.class))
        .isNotNull();
  }
}
