package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.validation.DefinitionException;
import io.github.sfnemulator.validation.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StepFunctionsEmulatorTest {
  private static final String PASS =
      """
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}
      """;
  private static final String WAIT_HOUR =
      """
      {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 3600, "Next": "P"},
        "P": {"Type": "Pass", "End": true}}}
      """;

  private final StepFunctionsEmulator emulator = StepFunctionsEmulator.create();

  @AfterEach
  void close() {
    emulator.close();
  }

  private static String errorCode(Runnable call) {
    return catchThrowableOfType(call::run, SfnApiException.class).errorCode();
  }

  @Test
  void creates_describes_lists_and_deletes_state_machines() {
    // WHEN
    StateMachine created = emulator.createStateMachine("Orders", PASS);
    emulator.createStateMachine("Billing", PASS);
    // THEN
    assertThat(created.arn())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:Orders");
    assertThat(created.name()).isEqualTo("Orders");
    assertThat(created.definition()).isEqualTo(PASS);
    assertThat(created.roleArn()).startsWith("arn:aws:iam::123456789012:role/");
    assertThat(emulator.describeStateMachine(created.arn())).isEqualTo(created);
    assertThat(emulator.listStateMachines())
        .extracting(StateMachine::name)
        .containsExactly("Orders", "Billing");

    emulator.deleteStateMachine(created.arn());
    assertThat(errorCode(() -> emulator.describeStateMachine(created.arn())))
        .isEqualTo("StateMachineDoesNotExist");
    assertThat(emulator.listStateMachines())
        .extracting(StateMachine::name)
        .containsExactly("Billing");
  }

  @Test
  void arns_use_the_configured_region_and_account() {
    EmulatorOptions options =
        EmulatorOptions.newBuilder().region("eu-west-1").accountId("210987654321").build();
    try (StepFunctionsEmulator other = StepFunctionsEmulator.create(options)) {
      StateMachine machine = other.createStateMachine("M", PASS);

      Execution execution = other.startExecution(machine.arn(), "run-1", "{}").await();

      assertThat(machine.arn()).isEqualTo("arn:aws:states:eu-west-1:210987654321:stateMachine:M");
      assertThat(execution.arn())
          .isEqualTo("arn:aws:states:eu-west-1:210987654321:execution:M:run-1");
    }
  }

  @Test
  void creating_the_same_machine_again_is_idempotent_but_another_definition_is_rejected() {
    StateMachine first = emulator.createStateMachine("M", PASS);

    assertThat(emulator.createStateMachine("M", PASS)).isEqualTo(first);
    assertThat(errorCode(() -> emulator.createStateMachine("M", WAIT_HOUR)))
        .isEqualTo("StateMachineAlreadyExists");
  }

  // The rules of the API reference (StartExecution, CreateStateMachine, CreateActivity: "name"):
  // https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
  @ParameterizedTest
  @ValueSource(
      strings = {
        "has space", "tab\there", "semi;colon", "a/b", "a:b", "[", "<", "}", "`", "{", "?", "*",
            "\"",
        "#", "%", "\\", "^", "|", "~", "$", "&", ",", "nul\u0000", "del\u007f", "c1\u0085",
            "nbsp\u00a0",
        "lone\ud800"
      })
  void rejects_names_with_characters_aws_forbids_as_invalid_name(String name) {
    assertThat(errorCode(() -> emulator.createStateMachine(name, PASS))).isEqualTo("InvalidName");
    assertThat(errorCode(() -> emulator.createActivity(name))).isEqualTo("InvalidName");
    StateMachine machine = emulator.createStateMachine("Ok", PASS);
    assertThat(errorCode(() -> emulator.startExecution(machine.arn(), name, "{}")))
        .isEqualTo("InvalidName");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "Z",
        "0",
        "9",
        "-",
        "_",
        "Order-42_retry",
        "order.42",
        "a+b",
        "a=b",
        "user@host",
        "\u00fcber",
        "caf\u00e9",
        "it's",
        "(x)!",
        "\ud83d\ude00"
      })
  void accepts_the_names_aws_accepts(String name) {
    StateMachine machine = emulator.createStateMachine(name, PASS);

    assertThat(emulator.startExecution(machine.arn(), name, "{}").name()).isEqualTo(name);
    assertThat(emulator.createActivity(name).name()).isEqualTo(name);
  }

  @Test
  void a_name_longer_than_80_characters_is_a_validation_exception_in_aws_words() {
    // GIVEN
    String name = "a".repeat(81);
    StateMachine machine = emulator.createStateMachine("a".repeat(80), PASS);
    // WHEN
    SfnApiException e =
        catchThrowableOfType(
            () -> emulator.startExecution(machine.arn(), name, "{}"), SfnApiException.class);
    // THEN
    assertThat(e.errorCode()).isEqualTo("ValidationException");
    assertThat(e.getMessage())
        .isEqualTo(
            "ValidationException: 1 validation error detected: Value '"
                + name
                + "' at 'name' failed to satisfy constraint: Member must have length less than or equal to 80");
    assertThat(errorCode(() -> emulator.createStateMachine(name, PASS)))
        .isEqualTo("ValidationException");
    assertThat(errorCode(() -> emulator.createActivity(name))).isEqualTo("ValidationException");
    assertThat(machine.name()).hasSize(80);
  }

  @Test
  void an_empty_name_is_a_validation_exception() {
    assertThat(
            catchThrowableOfType(
                () -> emulator.createStateMachine("", PASS), SfnApiException.class))
        .hasMessageEndingWith("Member must have length greater than or equal to 1")
        .extracting(SfnApiException::errorCode)
        .isEqualTo("ValidationException");
  }

  @Test
  void starting_on_an_unknown_machine_fails_with_state_machine_does_not_exist() {
    String arn = "arn:aws:states:us-east-1:123456789012:stateMachine:Nope";

    assertThat(errorCode(() -> emulator.startExecution(arn, "{}")))
        .isEqualTo("StateMachineDoesNotExist");
  }

  @Test
  void starts_a_named_execution_once() {
    // GIVEN
    StateMachine machine = emulator.createStateMachine("M", PASS);
    // WHEN
    Execution execution = emulator.startExecution(machine.arn(), "order-1", "{\"a\": 1}").await();
    // THEN
    assertThat(execution.name()).isEqualTo("order-1");
    assertThat(execution.arn())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:M:order-1");
    assertThat(execution.stateMachineArn()).isEqualTo(machine.arn());
    assertThat(execution.input()).isEqualTo("{\"a\":1}");
    assertThat(errorCode(() -> emulator.startExecution(machine.arn(), "order-1", "{}")))
        .isEqualTo("ExecutionAlreadyExists");
  }

  @Test
  void start_execution_is_idempotent_for_a_running_execution_with_the_same_name_and_input() {
    // GIVEN a running execution (API reference, StartExecution: "idempotent for STANDARD
    // workflows")
    StateMachine machine = emulator.createStateMachine("M", WAIT_HOUR);
    Execution first = emulator.startExecution(machine.arn(), "retry-me", "{\"a\": 1}");

    // WHEN a client retries the call
    Execution again = emulator.startExecution(machine.arn(), "retry-me", "{\"a\":1}");

    // THEN it gets the same execution; other input, or a closed execution, is refused
    assertThat(again.arn()).isEqualTo(first.arn());
    assertThat(emulator.listExecutions(machine.arn())).hasSize(1);
    assertThat(errorCode(() -> emulator.startExecution(machine.arn(), "retry-me", "{\"a\": 2}")))
        .isEqualTo("ExecutionAlreadyExists");
    first.await();
    assertThat(errorCode(() -> emulator.startExecution(machine.arn(), "retry-me", "{\"a\": 1}")))
        .isEqualTo("ExecutionAlreadyExists");
    assertThat(first.history())
        .filteredOn(e -> e.type() == HistoryEventType.ExecutionStarted)
        .hasSize(1);
  }

  @Test
  void rejects_input_that_is_not_json() {
    StateMachine machine = emulator.createStateMachine("M", PASS);

    assertThat(errorCode(() -> emulator.startExecution(machine.arn(), "{not json")))
        .isEqualTo("InvalidExecutionInput");
  }

  @Test
  void describes_and_lists_executions_newest_first() {
    // GIVEN
    StateMachine machine = emulator.createStateMachine("M", PASS);
    emulator.startExecution(machine.arn(), "first", "{\"n\": 1}").await();
    emulator.startExecution(machine.arn(), "second", "{\"n\": 2}").await();
    // WHEN
    Execution described =
        emulator.describeExecution(
            machine.arn().replace(":stateMachine:", ":execution:") + ":first");
    List<Execution> listed = emulator.listExecutions(machine.arn());
    // THEN
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.outputJson()).isEqualTo(json("{\"n\": 1}"));
    assertThat(listed).extracting(Execution::name).containsExactly("second", "first");
    assertThat(errorCode(() -> emulator.describeExecution(described.arn() + "x")))
        .isEqualTo("ExecutionDoesNotExist");
  }

  @Test
  void executions_stay_readable_after_their_machine_is_deleted() {
    StateMachine machine = emulator.createStateMachine("M", PASS);
    Execution execution = emulator.startExecution(machine.arn(), "e", "{}").await();

    emulator.deleteStateMachine(machine.arn());

    assertThat(emulator.describeExecution(execution.arn()).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void stop_execution_ends_it_aborted_with_the_aborted_events() {
    // GIVEN an execution waiting for an hour
    StateMachine machine = emulator.createStateMachine("M", WAIT_HOUR);
    Execution execution = emulator.startExecution(machine.arn(), "e", "{}");
    // WHEN
    boolean stopped = emulator.stopExecution(execution.arn(), "Operator.Stop", "no longer needed");
    // THEN
    assertThat(stopped).isTrue();
    assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(execution.error()).isEqualTo("Operator.Stop");
    assertThat(execution.cause()).isEqualTo("no longer needed");
    assertThat(TestExecutions.types(execution))
        .containsExactly(
            HistoryEventType.ExecutionStarted,
            HistoryEventType.WaitStateEntered,
            HistoryEventType.WaitStateAborted,
            HistoryEventType.ExecutionAborted);
    assertThat(emulator.stopExecution(execution.arn(), null, null)).isFalse();
    emulator.clock().advance(java.time.Duration.ofHours(2));
    assertThat(execution.statesEntered()).containsExactly("W");
  }

  @Test
  void pages_through_the_history_in_both_orders() {
    // GIVEN an execution with 6 events
    StateMachine machine = emulator.createStateMachine("M", WAIT_HOUR);
    Execution execution = emulator.startExecution(machine.arn(), "e", "{}").await();
    List<HistoryEvent> all = execution.history();
    assertThat(all).hasSize(6);
    // WHEN read 4 at a time
    List<HistoryEvent> forward = readAll(execution.arn(), false, 4);
    List<HistoryEvent> backward = readAll(execution.arn(), true, 4);
    // THEN
    assertThat(forward).isEqualTo(all);
    assertThat(backward).containsExactlyElementsOf(reversed(all));
    HistoryPage first = emulator.getExecutionHistory(execution.arn(), false, 3, null);
    assertThat(first.events()).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L);
    assertThat(first.nextToken()).isNotNull();
    assertThat(emulator.getExecutionHistory(execution.arn(), false, 0, null).nextToken()).isNull();
  }

  private static List<HistoryEvent> reversed(List<HistoryEvent> events) {
    List<HistoryEvent> out = new ArrayList<>(events);
    Collections.reverse(out);
    return out;
  }

  private List<HistoryEvent> readAll(String arn, boolean reverse, int pageSize) {
    List<HistoryEvent> out = new ArrayList<>();
    String token = null;
    do {
      HistoryPage page = emulator.getExecutionHistory(arn, reverse, pageSize, token);
      assertThat(page.events()).hasSizeLessThanOrEqualTo(pageSize);
      out.addAll(page.events());
      token = page.nextToken();
    } while (token != null);
    return out;
  }

  @Test
  void history_events_chain_ids_and_previous_ids() {
    StateMachine machine = emulator.createStateMachine("M", WAIT_HOUR);
    List<HistoryEvent> history =
        emulator.startExecution(machine.arn(), "e", "{}").await().history();

    assertThat(history).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    // AWS links the first state's entered event to 0, not to ExecutionStarted
    assertThat(history)
        .extracting(HistoryEvent::previousEventId)
        .containsExactly(0L, 0L, 2L, 3L, 4L, 5L);
    assertThat(history.get(1).details().get("name").asText()).isEqualTo("W");
  }

  @Test
  void start_sync_execution_returns_the_ended_execution() {
    StateMachine machine = emulator.createStateMachine("M", WAIT_HOUR);

    Execution execution = emulator.startSyncExecution(machine.arn(), "{\"x\": true}");

    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.outputJson()).isEqualTo(json("{\"x\": true}"));
  }

  @Test
  void an_invalid_definition_is_rejected_with_every_diagnostic() {
    // GIVEN a missing Next target and a state nobody reaches
    String definition =
        """
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "Missing"},
          "Orphan": {"Type": "Pass", "End": true}}}
        """;
    // WHEN
    DefinitionException e =
        catchThrowableOfType(
            () -> emulator.createStateMachine("Bad", definition), DefinitionException.class);
    // THEN
    assertThat(e.errors()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(e.errors())
        .extracting(Diagnostic::location)
        .contains("/States/A/Next", "/States/Orphan");
    assertThat(e.getMessage()).contains("Missing", "Orphan");
    assertThat(emulator.listStateMachines()).isEmpty();
  }

  @Test
  void a_retention_bound_forgets_the_oldest_ended_executions_but_keeps_running_ones() {
    EmulatorOptions options = EmulatorOptions.newBuilder().retainedEndedExecutions(1).build();
    try (StepFunctionsEmulator bounded = StepFunctionsEmulator.create(options)) {
      String pass = bounded.createStateMachine("P", PASS).arn();
      String wait = bounded.createStateMachine("W", WAIT_HOUR).arn();
      Execution waiting = bounded.startExecution(wait, "waiting", "{}");
      Execution first = bounded.startExecution(pass, "first", "{\"n\":1}").await();
      Execution second = bounded.startExecution(pass, "second", "{\"n\":2}").await();

      assertThat(errorCode(() -> bounded.describeExecution(first.arn())))
          .isEqualTo("ExecutionDoesNotExist");
      assertThat(errorCode(() -> bounded.getExecutionHistory(first.arn(), false, 0, null)))
          .isEqualTo("ExecutionDoesNotExist");
      assertThat(bounded.describeExecution(second.arn()).output()).isEqualTo("{\"n\":2}");
      assertThat(bounded.listExecutions(pass))
          .extracting(Execution::name)
          .containsExactly("second");
      assertThat(bounded.describeExecution(waiting.arn()).status())
          .isEqualTo(ExecutionStatus.RUNNING);
      // the handle the caller holds keeps its result and history
      assertThat(first.output()).isEqualTo("{\"n\":1}");
      assertThat(first.history())
          .extracting(HistoryEvent::type)
          .contains(HistoryEventType.ExecutionSucceeded);
      // a forgotten execution's name may be used again
      Execution again = bounded.startExecution(pass, "first", "{}").await();
      assertThat(again.status()).isEqualTo(ExecutionStatus.SUCCEEDED);

      waiting.await();
      assertThat(errorCode(() -> bounded.describeExecution(again.arn())))
          .isEqualTo("ExecutionDoesNotExist");
      assertThat(bounded.describeExecution(waiting.arn()).status())
          .isEqualTo(ExecutionStatus.SUCCEEDED);
    }
  }

  @Test
  void express_executions_are_counted_apart_and_never_make_a_standard_one_forgotten() {
    EmulatorOptions options = EmulatorOptions.newBuilder().retainedEndedExecutions(2).build();
    try (StepFunctionsEmulator bounded = StepFunctionsEmulator.create(options)) {
      String standard = bounded.createStateMachine("S", PASS).arn();
      String express =
          bounded
              .createStateMachine(
                  "E", PASS, "arn:aws:iam::123456789012:role/r", StateMachineType.EXPRESS)
              .arn();
      Execution kept = bounded.startExecution(standard, "kept", "{}").await();
      List<Execution> bursts = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        bursts.add(bounded.startExecution(express, "{}").await());
      }

      assertThat(bounded.describeExecution(kept.arn()).status())
          .isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(errorCode(() -> bounded.describeExecution(bursts.get(2).arn())))
          .isEqualTo("ExecutionDoesNotExist");
      assertThat(bounded.describeExecution(bursts.get(4).arn()).status())
          .isEqualTo(ExecutionStatus.SUCCEEDED);
    }
  }

  @Test
  void by_default_the_newest_10000_ended_executions_are_kept_and_older_ones_forgotten() {
    // GIVEN the default options
    String pass = emulator.createStateMachine("P", PASS).arn();
    Execution oldest = emulator.startExecution(pass, "oldest", "{}").await();
    Execution second = emulator.startExecution(pass, "second", "{}").await();
    // WHEN 9,999 more end
    for (int i = 0; i < 9_999; i++) {
      emulator.startExecution(pass, "{}").await();
    }
    // THEN
    assertThat(EmulatorOptions.getDefaultInstance().retainedEndedExecutions()).isEqualTo(10_000);
    assertThat(errorCode(() -> emulator.describeExecution(oldest.arn())))
        .isEqualTo("ExecutionDoesNotExist");
    assertThat(emulator.describeExecution(second.arn()).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(emulator.listExecutions(pass)).hasSize(10_000);
  }

  @Test
  void zero_retention_keeps_no_ended_execution_and_a_negative_bound_is_rejected() {
    EmulatorOptions options = EmulatorOptions.newBuilder().retainedEndedExecutions(0).build();
    try (StepFunctionsEmulator bounded = StepFunctionsEmulator.create(options)) {
      String pass = bounded.createStateMachine("P", PASS).arn();
      Execution ended = bounded.startExecution(pass, "{}").await();

      assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(bounded.listExecutions(pass)).isEmpty();
    }
    assertThat(
            catchThrowableOfType(
                () -> EmulatorOptions.newBuilder().retainedEndedExecutions(-1).build(),
                IllegalArgumentException.class))
        .hasMessageContaining("retainedEndedExecutions -1 must be 0 or more");
  }
}
