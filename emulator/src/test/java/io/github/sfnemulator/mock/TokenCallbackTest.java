package io.github.sfnemulator.mock;

import static io.github.sfnemulator.mock.TaskMocks.state;
import static io.github.sfnemulator.mock.TaskMocks.tokenFailure;
import static io.github.sfnemulator.mock.TaskMocks.tokenSuccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mock that answers a callback task ({@code .waitForTaskToken}) and later completes, fails or
 * heartbeats its token, in virtual time. AWS does not record heartbeats in the history; a heartbeat
 * only restarts the HeartbeatSeconds timer
 * (https://docs.aws.amazon.com/step-functions/latest/apireference/API_SendTaskHeartbeat.html).
 */
class TokenCallbackTest {
  private static final String APPROVAL =
      """
      {"StartAt":"AskApproval","States":{
        "AskApproval":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"https://sqs/approvals","MessageBody":{"token.$":"$$.Task.Token"}},
          %s"ResultPath":"$.approval","End":true}}}
      """;

  private static Execution run(String limits, TaskMocks mocks) {
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      String arn = emulator.createStateMachine("Approval", APPROVAL.formatted(limits)).arn();
      return emulator.startExecution(arn, "{}").await(Duration.ofSeconds(5));
    }
  }

  private static Duration elapsed(Execution e) {
    return Duration.between(e.startDate(), e.stopDate());
  }

  private static Instant at(Execution e, HistoryEventType type) {
    return e.history().stream()
        .filter(h -> h.type() == type)
        .map(HistoryEvent::timestamp)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void completes_the_token_two_virtual_hours_after_the_call() {
    // GIVEN a mock whose worker answers two hours after the message was sent
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("AskApproval")
                    .willCompleteToken(
                        tokenSuccess("{\"approved\":true}")
                            .after(Duration.ofHours(2))
                            .withCallResult("{\"MessageId\":\"m-1\"}")));

    // WHEN
    Execution e = run("\"TimeoutSeconds\":86400,", mocks);

    // THEN the token's output, two virtual hours later, with the call's result in TaskSubmitted
    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.output()).isEqualTo("{\"approval\":{\"approved\":true}}");
    assertThat(
            Duration.between(
                at(e, HistoryEventType.TaskSubmitted), at(e, HistoryEventType.TaskSucceeded)))
        .isEqualTo(Duration.ofHours(2));
    assertThat(e.history())
        .filteredOn(h -> h.type() == HistoryEventType.TaskSubmitted)
        .singleElement()
        .satisfies(
            h ->
                assertThat(h.details().path("output").asText())
                    .isEqualTo("{\"MessageId\":\"m-1\"}"));
  }

  @Test
  void fails_the_token_with_the_error_that_retry_and_catch_see() {
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("AskApproval")
                    .willCompleteToken(
                        tokenFailure("Rejected", "over budget").after(Duration.ofDays(1))));

    Execution e = run("", mocks);

    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).isEqualTo("Rejected");
    assertThat(e.cause()).isEqualTo("over budget");
    assertThat(elapsed(e)).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void heartbeats_keep_a_task_alive_past_its_heartbeat_seconds() {
    // GIVEN HeartbeatSeconds of one hour, an answer after 2h30m and heartbeats at 50m and 1h40m
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("AskApproval")
                    .willCompleteToken(
                        tokenSuccess("{}")
                            .after(Duration.ofMinutes(150))
                            .withHeartbeatsAt(Duration.ofMinutes(50), Duration.ofMinutes(100))));

    Execution e = run("\"HeartbeatSeconds\":3600,", mocks);

    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(elapsed(e)).isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void without_enough_heartbeats_the_heartbeat_timeout_wins() {
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("AskApproval")
                    .willCompleteToken(
                        tokenSuccess("{}")
                            .after(Duration.ofMinutes(150))
                            .withHeartbeatsAt(Duration.ofMinutes(50))));

    Execution e = run("\"HeartbeatSeconds\":3600,", mocks);

    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).isEqualTo(StatesErrors.HEARTBEAT_TIMEOUT);
    assertThat(elapsed(e)).isEqualTo(Duration.ofMinutes(110));
  }

  @Test
  void a_callback_after_the_timeout_is_never_delivered() {
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("AskApproval")
                    .willCompleteToken(tokenSuccess("{}").after(Duration.ofHours(3))));

    Execution e = run("\"TimeoutSeconds\":3600,", mocks);

    assertThat(e.error()).isEqualTo(StatesErrors.TIMEOUT);
    assertThat(elapsed(e)).isEqualTo(Duration.ofHours(1));
    assertThat(e.history()).noneMatch(h -> h.type() == HistoryEventType.TaskSucceeded);
  }

  @Test
  void a_retry_gets_the_next_answer_of_the_mock() {
    // GIVEN a first answer that fails the token, then one that completes it
    String retrying = "\"Retry\":[{\"ErrorEquals\":[\"Busy\"],\"IntervalSeconds\":60}],";
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("AskApproval")
                    .willCompleteToken(tokenFailure("Busy", null).after(Duration.ofMinutes(10)))
                    .thenCompleteToken(
                        tokenSuccess("{\"second\":true}").after(Duration.ofMinutes(5))));

    Execution e = run(retrying, mocks);

    assertThat(e.output()).isEqualTo("{\"approval\":{\"second\":true}}");
    assertThat(elapsed(e)).isEqualTo(Duration.ofMinutes(16));
  }

  @Test
  void a_token_the_parameters_do_not_carry_cannot_be_completed_by_a_mock() {
    String definition =
        """
        {"StartAt":"AskApproval","States":{"AskApproval":{"Type":"Task",
          "Resource":"arn:aws:states:::sns:publish.waitForTaskToken","Parameters":{"Message":"hi"},"End":true}}}""";
    TaskMocks mocks =
        TaskMocks.create().stubFor(state("AskApproval").willCompleteToken(tokenSuccess("{}")));
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      Execution e =
          emulator.startExecution(emulator.createStateMachine("M", definition).arn(), "{}").await();

      assertThat(e.error()).isEqualTo(StatesErrors.RUNTIME);
      assertThat(e.cause()).contains("'AskApproval'", "do not pass the token", "$$.Task.Token");
    }
  }

  @Test
  void a_token_inside_a_string_such_as_a_message_body_is_carried() {
    String definition =
        """
        {"StartAt":"AskApproval","States":{"AskApproval":{"Type":"Task",
          "Resource":"arn:aws:states:::sns:publish.waitForTaskToken",
          "Parameters":{"Message.$":"States.Format('Approve with {}', $$.Task.Token)"},"End":true}}}""";
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(state("AskApproval").willCompleteToken(tokenSuccess("{\"ok\":1}")));
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      Execution e =
          emulator.startExecution(emulator.createStateMachine("M", definition).arn(), "{}").await();

      assertThat(e.output()).isEqualTo("{\"ok\":1}");
    }
  }

  @Test
  void a_state_without_a_token_cannot_be_answered_with_a_callback() {
    String definition =
        """
        {"StartAt":"Notify","States":{"Notify":{"Type":"Task",
          "Resource":"arn:aws:states:::sns:publish","Parameters":{"Message":"hi"},"End":true}}}""";
    TaskMocks mocks =
        TaskMocks.create().stubFor(state("Notify").willCompleteToken(tokenSuccess("{}")));
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      Execution e =
          emulator.startExecution(emulator.createStateMachine("M", definition).arn(), "{}").await();

      assertThat(e.error()).isEqualTo(StatesErrors.RUNTIME);
      assertThat(e.cause()).contains("'Notify'", "not a callback task", "willReturn");
    }
  }

  @Test
  void an_unmocked_callback_state_is_told_how_to_complete_its_token() {
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder().taskResponder(TaskMocks.create()).build())) {
      Execution e =
          emulator
              .startExecution(emulator.createStateMachine("M", APPROVAL.formatted("")).arn(), "{}")
              .await();

      assertThat(e.cause())
          .contains(
              "mocks.stubFor(state(\"AskApproval\").willCompleteToken(tokenSuccess(\"{}\")))");
    }
  }

  @Test
  void a_mock_config_test_case_completes_the_token_with_the_callback_extension() {
    // GIVEN a MockConfigFile.json response with sfn-emulator's Callback extension
    String config =
        """
        {"StateMachines":{"Approval":{"TestCases":{"Approved":{"AskApproval":"ApprovedAfterTwoHours"}}}},
         "MockedResponses":{"ApprovedAfterTwoHours":{"0":{"Callback":{
           "CallResult":{"MessageId":"m-1"},"Heartbeats":["PT50M","1h40m"],"After":"PT2H","Success":{"approved":true}}}}}}
        """;
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder().mockConfig(MockConfig.parse(config)).build())) {
      String arn =
          emulator
              .createStateMachine("Approval", APPROVAL.formatted("\"HeartbeatSeconds\":3600,"))
              .arn();

      // WHEN
      Execution e = emulator.startExecution(arn + "#Approved", "{}").await(Duration.ofSeconds(5));

      // THEN the heartbeats kept it alive and the token was completed two virtual hours later
      assertThat(e.output()).isEqualTo("{\"approval\":{\"approved\":true}}");
      assertThat(elapsed(e)).isEqualTo(Duration.ofHours(2));
      assertThat(e.history())
          .anyMatch(
              h ->
                  h.type() == HistoryEventType.TaskSubmitted
                      && h.details().path("output").asText().equals("{\"MessageId\":\"m-1\"}"));
    }
  }

  @Test
  void the_readme_example_completes_the_token_after_two_virtual_hours() {
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder().taskResponder(readmeMocks()).build())) {
      String arn =
          emulator
              .createStateMachine("Approval", APPROVAL.formatted("\"HeartbeatSeconds\":3600,"))
              .arn();

      Execution e = emulator.startExecution(arn, "{}").await();

      assertThat(e.output()).isEqualTo("{\"approval\":{\"approved\":true}}");
      assertThat(elapsed(e)).isEqualTo(Duration.ofHours(2));
    }
  }

  private static TaskMocks readmeMocks() {
    // tag::readme[]
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("AskApproval") // sqs:sendMessage.waitForTaskToken, "token.$": "$$.Task.Token"
                    .willCompleteToken(
                        tokenSuccess("{\"approved\":true}")
                            .after(Duration.ofHours(2))
                            .withHeartbeatsAt(Duration.ofMinutes(30), Duration.ofMinutes(90))));
    // end::readme[]
    return mocks;
  }

  @Test
  void a_heartbeat_after_the_answer_is_refused() {
    assertThatThrownBy(
            () ->
                tokenSuccess("{}").after(Duration.ofHours(1)).withHeartbeatsAt(Duration.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the token is spent by then");
  }

  @ParameterizedTest
  @CsvSource({
    "2h,PT2H",
    "90m,PT1H30M",
    "1h30m,PT1H30M",
    "45s,PT45S",
    "1d,PT24H",
    "PT2H,PT2H",
    "P1D,PT24H",
    "0s,PT0S"
  })
  void delays_read_the_short_form_and_iso_8601(String text, String expected) {
    assertThat(TokenCallback.parseDelay(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"2 hours", "h", "-PT1H", "1m2h", "''", "99999999999999999999d"})
  void other_delays_are_refused_naming_both_forms(String text) {
    assertThatThrownBy(() -> TokenCallback.parseDelay(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a delay")
        .hasMessageContaining("1h30m")
        .hasMessageContaining("PT2H");
  }
}
