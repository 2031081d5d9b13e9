package io.github.sfnemulator.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Histories event by event (id, previous id, type, details) as AWS writes them. Each expectation
 * comes from executions recorded against AWS in the conformance corpus (the case named in the
 * test), or, where none exists, from the developer guide page cited.
 */
class HistoryFidelityTest {
  private static final TaskResponder ECHO = call -> TaskResponse.returning(call.parameters());

  private static Execution run(String definition, String input, TaskResponder responder) {
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(responder).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("Machine", definition);
      return emulator.startExecution(machine.arn(), "exec", input).await();
    }
  }

  /** "id previousEventId Type" per event. */
  private static List<String> links(Execution execution) {
    return execution.history().stream()
        .map(e -> e.id() + " " + e.previousEventId() + " " + e.type())
        .toList();
  }

  private static HistoryEvent first(Execution execution, HistoryEventType type) {
    return execution.history().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
  }

  @Test
  void execution_started_has_aws_fields_only_and_the_first_state_follows_event_zero() {
    // GIVEN a one-state machine (base/test_base_wait_seconds_path)
    String definition = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

    // WHEN it runs
    Execution execution = run(definition, "{}", ECHO);

    // THEN
    HistoryEvent started = first(execution, HistoryEventType.ExecutionStarted);
    assertThat(started.details().fieldNames())
        .toIterable()
        .containsExactly("input", "inputDetails", "roleArn");
    assertThat(links(execution))
        .containsExactly(
            "1 0 ExecutionStarted",
            "2 0 PassStateEntered",
            "3 2 PassStateExited",
            "4 3 ExecutionSucceeded");
  }

  @Test
  void the_input_text_is_repeated_as_sent_in_execution_started_and_the_first_state() {
    // GIVEN two states and an input with spaces
    // (scenarios/test_map_state_config_distributed_parameters)
    String definition =
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},\"B\":{\"Type\":\"Pass\",\"End\":true}}}";

    // WHEN
    Execution execution = run(definition, "[\"Hello\", \"World\"]", ECHO);

    // THEN the text as sent, then the engine's own writing
    assertThat(first(execution, HistoryEventType.ExecutionStarted).input())
        .isEqualTo("[\"Hello\", \"World\"]");
    List<HistoryEvent> entered =
        execution.history().stream()
            .filter(e -> e.type() == HistoryEventType.PassStateEntered)
            .toList();
    assertThat(entered.get(0).input()).isEqualTo("[\"Hello\", \"World\"]");
    assertThat(entered.get(1).input()).isEqualTo("[\"Hello\",\"World\"]");
  }

  @Test
  void inline_map_links_iterations_to_the_previous_iteration_and_its_end_to_the_last_iteration() {
    // GIVEN a Map over three items (evaluate_jsonata/test_base_map[ITEMS])
    String definition =
        """
        {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,"ItemsPath":"$.items",
          "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""";

    // WHEN
    Execution execution = run(definition, "{\"items\":[1,2,3]}", ECHO);

    // THEN
    assertThat(links(execution))
        .containsExactly(
            "1 0 ExecutionStarted",
            "2 0 MapStateEntered",
            "3 2 MapStateStarted",
            "4 3 MapIterationStarted",
            "5 4 PassStateEntered",
            "6 5 PassStateExited",
            "7 6 MapIterationSucceeded",
            "8 6 MapIterationStarted",
            "9 8 PassStateEntered",
            "10 9 PassStateExited",
            "11 10 MapIterationSucceeded",
            "12 10 MapIterationStarted",
            "13 12 PassStateEntered",
            "14 13 PassStateExited",
            "15 14 MapIterationSucceeded",
            "16 15 MapStateSucceeded",
            "17 15 MapStateExited",
            "18 17 ExecutionSucceeded");
  }

  @Test
  void
      failed_map_links_its_failure_to_the_failed_iterations_last_event_and_its_catch_exit_to_the_failure() {
    // GIVEN a Map whose iteration fails, caught (scenarios/test_map_state_catch)
    String definition =
        """
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
          "ItemProcessor":{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Boom"}}},
          "Catch":[{"ErrorEquals":["States.ALL"],"Next":"C"}],"End":true},
          "C":{"Type":"Pass","End":true}}}""";

    // WHEN
    Execution execution = run(definition, "{\"items\":[1]}", ECHO);

    // THEN
    assertThat(links(execution))
        .containsExactly(
            "1 0 ExecutionStarted",
            "2 0 MapStateEntered",
            "3 2 MapStateStarted",
            "4 3 MapIterationStarted",
            "5 4 FailStateEntered",
            "6 5 MapIterationFailed",
            "7 5 MapStateFailed",
            "8 7 MapStateExited",
            "9 8 PassStateEntered",
            "10 9 PassStateExited",
            "11 10 ExecutionSucceeded");
  }

  @Test
  void parallel_writes_parallel_state_succeeded_before_its_exit() {
    // GIVEN two branches (scenarios/test_parallel_state[PARALLEL_STATE_PARAMETERS]; the
    // HistoryEvent
    // API reference lists ParallelStateSucceeded, which the corpus recorder drops)
    String definition =
        """
        {"StartAt":"Par","States":{"Par":{"Type":"Parallel","End":true,"Branches":[
          {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},
          {"StartAt":"B","States":{"B":{"Type":"Pass","End":true}}}]}}}""";

    // WHEN
    Execution execution = run(definition, "{}", ECHO);

    // THEN both the success and the exit follow the last branch event
    assertThat(links(execution))
        .containsExactly(
            "1 0 ExecutionStarted",
            "2 0 ParallelStateEntered",
            "3 2 ParallelStateStarted",
            "4 3 PassStateEntered",
            "5 4 PassStateExited",
            "6 3 PassStateEntered",
            "7 6 PassStateExited",
            "8 7 ParallelStateSucceeded",
            "9 7 ParallelStateExited",
            "10 9 ExecutionSucceeded");
  }

  @Test
  void evaluation_failed_names_the_field_and_follows_the_event_before_the_state() {
    // GIVEN an Assign that returns nothing (assign/test_undefined_reference[BASE_UNDEFINED_ASSIGN])
    String definition =
        """
        {"QueryLanguage":"JSONata","StartAt":"S","States":{"S":{"Type":"Pass",
          "Assign":{"result":"{% $doesNotExist %}"},"End":true}}}""";

    // WHEN
    Execution execution = run(definition, "{}", ECHO);

    // THEN
    assertThat(links(execution))
        .containsExactly(
            "1 0 ExecutionStarted",
            "2 0 PassStateEntered",
            "3 0 EvaluationFailed",
            "4 3 ExecutionFailed");
    HistoryEvent failed = first(execution, HistoryEventType.EvaluationFailed);
    assertThat(failed.details().path("location").asText()).isEqualTo("Assign/result");
    assertThat(failed.details().path("state").asText()).isEqualTo("S");
  }

  @Test
  void a_wait_evaluation_failure_follows_the_wait_entered_event() {
    // GIVEN (scenarios/test_wait_timestamp_jsonata[INVALID_ISO])
    String definition =
        """
        {"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait",
          "Timestamp":"{% 'not a date' %}","End":true}}}""";

    // WHEN
    Execution execution = run(definition, "{}", ECHO);

    // THEN
    assertThat(links(execution))
        .containsExactly(
            "1 0 ExecutionStarted",
            "2 0 WaitStateEntered",
            "3 2 EvaluationFailed",
            "4 3 ExecutionFailed");
    assertThat(
            first(execution, HistoryEventType.EvaluationFailed).details().path("location").asText())
        .isEqualTo("Timestamp");
  }

  @Test
  void an_empty_assign_writes_no_assigned_variables() {
    // GIVEN (assign/test_base_cases[BASE_EMPTY])
    String definition =
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Assign\":{},\"End\":true}}}";

    // WHEN
    Execution execution = run(definition, "{}", ECHO);

    // THEN
    assertThat(first(execution, HistoryEventType.PassStateExited).details().fieldNames())
        .toIterable()
        .containsExactly("name", "output", "outputDetails");
  }

  @Test
  void states_runtime_is_retried_and_caught_when_named_but_not_by_states_all() {
    // GIVEN an OutputPath that selects nothing: States.Runtime. The developer guide's
    // error-handling page: "A retry or catch on States.ALL won't catch States.Runtime errors."
    String named =
        """
        {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","OutputPath":"$.missing",
          "Retry":[{"ErrorEquals":["States.Runtime"],"MaxAttempts":1}],
          "Catch":[{"ErrorEquals":["States.Runtime"],"Next":"C"}],"End":true},"C":{"Type":"Pass","End":true}}}""";
    String all = named.replace("States.Runtime", "States.ALL");

    // WHEN
    Execution caught = run(named, "{}", ECHO);
    Execution uncaught = run(all, "{}", ECHO);

    // THEN two attempts, then the catcher
    assertThat(caught.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(caught.history().stream().filter(e -> e.type() == HistoryEventType.TaskScheduled))
        .hasSize(2);
    assertThat(caught.statesEntered()).containsExactly("T", "C");
    assertThat(uncaught.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(uncaught.error()).isEqualTo("States.Runtime");
    assertThat(uncaught.history().stream().filter(e -> e.type() == HistoryEventType.TaskScheduled))
        .hasSize(1);
  }

  @Test
  void states_timeout_catches_a_missed_heartbeat() {
    // GIVEN a callback task whose heartbeat never comes. The developer guide's error-handling
    // page: States.Timeout "... or failed to send a heartbeat for a period longer than the
    // HeartbeatSeconds value".
    String definition =
        """
        {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "HeartbeatSeconds":5,"TimeoutSeconds":100,
          "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},
          "Catch":[{"ErrorEquals":["States.Timeout"],"Next":"C"}],"End":true},"C":{"Type":"Pass","End":true}}}""";
    EmulatorOptions options =
        EmulatorOptions.newBuilder()
            .taskResponder(call -> TaskResponse.returning(call.parameters()))
            .build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("Machine", definition);
      Execution started = emulator.startExecution(machine.arn(), "{}");

      // WHEN the heartbeat interval passes
      emulator.clock().advance(Duration.ofSeconds(6));
      Execution execution = started.await();

      // THEN
      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(first(execution, HistoryEventType.TaskTimedOut).error())
          .isEqualTo("States.HeartbeatTimeout");
      assertThat(execution.statesEntered()).containsExactly("T", "C");
    }
  }

  @Test
  void an_output_over_the_payload_limit_fails_the_state_without_an_exited_event() {
    // GIVEN a Pass that doubles a 200,000-character input (the developer guide's error-handling
    // page: States.DataLimitExceeded when "the output of a state is larger than payload size
    // quota")
    String definition =
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"a.$\":\"$.v\",\"b.$\":\"$.v\"},\"End\":true}}}";
    String input = "{\"v\":\"" + "x".repeat(200_000) + "\"}";

    // WHEN
    Execution execution = run(definition, input, ECHO);

    // THEN
    assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(links(execution))
        .containsExactly("1 0 ExecutionStarted", "2 0 PassStateEntered", "3 2 ExecutionFailed");
  }

  @Test
  void an_input_over_the_payload_limit_ends_with_execution_failed() {
    // GIVEN an input of 150,002 characters and 300,002 bytes: within StartExecution's length
    // constraint (262,144 characters), over the 256 KiB payload quota
    String definition = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    String input = "\"" + "\u00e9".repeat(150_000) + "\"";

    // WHEN
    Execution execution = run(definition, input, ECHO);

    // THEN the terminal event is written
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(links(execution)).containsExactly("1 0 ExecutionStarted", "2 1 ExecutionFailed");
    assertThat(first(execution, HistoryEventType.ExecutionFailed).error())
        .isEqualTo("States.DataLimitExceeded");
  }
}
