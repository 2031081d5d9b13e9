package io.github.sfnemulator.maven.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.history.Catch;
import io.github.sfnemulator.maven.scenario.Scenario;
import io.github.sfnemulator.maven.scenario.ScenarioReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {
  static final Path EXAMPLES = Path.of("src/test/resources/examples");

  private final ScenarioRunner runner = new ScenarioRunner(EXAMPLES, Duration.ofSeconds(10));

  private ScenarioResult run(String yaml) {
    Scenario scenario = ScenarioReader.parse(yaml, "inline.sfn-test.yaml", "inline.sfn-test.yaml");
    return runner.run(scenario, "inline.sfn-test.yaml");
  }

  @Test
  void passes_the_yaml_example_with_its_path_retries_and_catches() {
    // WHEN
    ScenarioResult result =
        runner.run(
            ScenarioReader.read(EXAMPLES.resolve("order.sfn-test.yaml")), "order.sfn-test.yaml");
    // THEN
    assertThat(result.cases()).extracting(CaseResult::messages).containsOnly(List.of());
    assertThat(result.passed()).isTrue();
    assertThat(Routes.retries(result.cases().get(1).trace()))
        .containsExactly(Map.entry("Charge", 2));
    assertThat(result.cases().get(2).trace().catches())
        .extracting(Catch::state, Catch::error, Catch::next)
        .containsExactly(tuple("Charge", "CardDeclined", "Refund"));
  }

  @Test
  void passes_the_json_example_under_its_own_state_machine_name() {
    ScenarioResult result =
        runner.run(
            ScenarioReader.read(EXAMPLES.resolve("order-json.sfn-test.json")),
            "order-json.sfn-test.json");

    assertThat(result.passed()).as("%s", result).isTrue();
    assertThat(result.name()).isEqualTo("order (JSON)");
  }

  @Test
  void reports_a_wrong_path_with_expected_and_actual_and_the_first_difference() {
    // WHEN
    ScenarioResult result =
        run(
            """
            definition: order.asl.json
            cases:
              - name: wrong path
                mocks:
                  Charge: [{throw: {error: CardDeclined}}]
                expect:
                  status: FAILED
                  path: [Validate, Charge, Notify]
            """);
    // THEN
    CaseResult c = result.cases().get(0);
    assertThat(c.outcome()).isEqualTo(CaseResult.Outcome.FAILED);
    assertThat(c.messages())
        .containsExactly(
            FailureMessages.shouldHavePath(
                List.of("Validate", "Charge", "Notify"),
                List.of("Validate", "Charge", "Refund", "OrderFailed")));
    assertThat(c.messages().get(0))
        .contains("first difference at index 2: expected \"Notify\" but was \"Refund\"");
  }

  @Test
  void fails_every_broken_expectation_not_just_the_first() {
    ScenarioResult result =
        run(
            """
            definition: order.asl.json
            cases:
              - name: all wrong
                input: {orderId: o-9}
                mocks:
                  Charge: [{return: {Payload: {charged: false}}}]
                  Notify: [{return: {}}]
                expect:
                  outputContains: {payment: {charged: true}}
                  retries: {Charge: 1}
                  catches: [{state: Charge}]
            """);

    assertThat(result.cases().get(0).messages())
        .hasSize(3)
        .anySatisfy(m -> assertThat(m).startsWith("Expecting the output to contain:"))
        .anySatisfy(
            m -> assertThat(m).startsWith("Expecting retries per state:").contains("Charge=0"))
        .anySatisfy(m -> assertThat(m).startsWith("Expecting the catches:").contains("(none)"));
  }

  @Test
  void expects_success_unless_told_otherwise_and_shows_the_error() {
    ScenarioResult result =
        run(
            """
            definition: order.asl.json
            cases:
              - name: unmocked notify
                mocks:
                  Charge: [{return: {Payload: {charged: true}}}]
            """);

    assertThat(result.cases().get(0).messages())
        .singleElement()
        .asString()
        .startsWith("Expecting execution to end SUCCEEDED but it ended FAILED")
        .contains("error: States.Runtime", "Notify", "path taken: Validate -> Charge -> Notify");
  }

  @Test
  void errors_the_scenario_when_the_definition_is_invalid() {
    ScenarioResult result =
        runner.run(new Scenario("broken", "missing.asl.json", null, null, null, List.of()), "x");

    assertThat(result.passed()).isFalse();
    assertThat(result.error())
        .startsWith("Cannot read the definition")
        .contains("missing.asl.json");
  }

  private static Duration virtualTime(CaseResult c) {
    var history = c.trace().history();
    return Duration.between(
        history.get(0).timestamp(), history.get(history.size() - 1).timestamp());
  }

  @Test
  void a_callback_completes_the_token_two_virtual_hours_later() {
    // GIVEN a reviewer who heartbeats every 50 minutes and approves after two hours
    ScenarioResult result =
        run(
            """
            definition: approval.asl.json
            cases:
              - name: approved
                input: {orderId: o-1}
                mocks:
                  AskApproval:
                    - callback: {heartbeats: [50m, 100m], after: 2h, success: {approved: true}}
                expect:
                  path: [Prepare, Reviews, AskApproval, Done]
                  output: [{approved: true}]
              - name: silent reviewer
                input: {orderId: o-2}
                mocks:
                  AskApproval:
                    - callback: {heartbeats: [PT50M]}
                expect:
                  path: [Prepare, Reviews, AskApproval, Escalate, Done]
                  catches: [{state: AskApproval, error: States.HeartbeatTimeout, next: Escalate}]
            """);

    // THEN both end in virtual time: the answer at 2h, the heartbeat timeout at 50m + 1h
    assertThat(result.cases()).extracting(CaseResult::messages).containsOnly(List.of());
    assertThat(virtualTime(result.cases().get(0))).isEqualTo(Duration.ofHours(2));
    assertThat(virtualTime(result.cases().get(1))).isEqualTo(Duration.ofMinutes(110));
  }

  @Test
  void expected_calls_match_each_call_and_name_the_first_differing_path() {
    // GIVEN a first call checked in part, which differs in the order id
    ScenarioResult result =
        run(
            """
            definition: approval.asl.json
            cases:
              - name: approved
                input: {orderId: o-1}
                mocks:
                  AskApproval: [{callback: {success: {}}}]
                expect:
                  calls:
                    AskApproval:
                      - parametersContain: {MessageBody: {orderId: o-2}}
              - name: right order
                input: {orderId: o-1}
                mocks:
                  AskApproval: [{callback: {success: {}}}]
                expect:
                  calls:
                    AskApproval:
                      - parametersContain: {MessageBody: {orderId: o-1}}
              - name: called twice
                input: {orderId: o-1}
                mocks:
                  AskApproval: [{callback: {success: {}}}]
                expect:
                  calls:
                    AskApproval: [{}, {}]
            """);

    // THEN
    String message = result.cases().get(0).messages().get(0);
    assertThat(message)
        .startsWith(
            "Case 'approved': expecting the 1st call of Task state 'AskApproval'"
                + " (expect.calls.AskApproval[0]) to have parameters containing:\n"
                + "  {\"MessageBody\":{\"orderId\":\"o-2\"}}\nbut they were:\n"
                + "  {\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/approvals\","
                + "\"MessageBody\":{\"orderId\":\"o-1\",\"token\":")
        .endsWith("first difference at $.MessageBody.orderId: expected \"o-2\" but was \"o-1\"");
    assertThat(result.cases().get(1).messages()).isEmpty();
    assertThat(result.cases().get(2).messages())
        .containsExactly(
            FailureMessages.shouldHaveCall(
                "called twice", "AskApproval", 1, 1, result.cases().get(2).trace()));
    assertThat(result.cases().get(2).messages().get(0))
        .contains(
            "expect.calls.AskApproval[1] (the 2nd call of Task state 'AskApproval') but the state was called once");
  }

  @Test
  void whole_parameters_must_match_exactly() {
    ScenarioResult result =
        run(
            """
            definition: order.asl.json
            cases:
              - name: notify
                input: {orderId: o-1}
                mocks:
                  Charge: [{return: {Payload: {charged: true}}}]
                  Notify: [{return: {}}]
                expect:
                  calls:
                    Notify:
                      - parameters: {TopicArn: "arn:aws:sns:us-east-1:123456789012:orders"}
            """);

    assertThat(result.cases().get(0).messages())
        .singleElement()
        .asString()
        .contains("to have the parameters:")
        .endsWith("first difference at $.Message: not expected, was \"o-1\"");
  }

  @Test
  void unknown_state_names_error_the_case_naming_the_key_and_the_closest_state() {
    ScenarioResult result =
        run(
            """
            definition: approval.asl.json
            cases:
              - name: typos
                mocks:
                  AskAproval: [{callback: {success: {}}}]
                expect:
                  path: [Prepare, Reviews, AskApproval, Escalte, Done]
                  retries: {askapproval: 0}
                  catches: [{state: AskApproval, next: Escalation}]
                  calls: {Prepare: [{}]}
            """);

    CaseResult c = result.cases().get(0);
    assertThat(c.outcome()).isEqualTo(CaseResult.Outcome.ERROR);
    assertThat(c.messages().get(0))
        .isEqualTo(
            "Case 'typos' of inline.sfn-test.yaml:\n"
                + "  mocks.AskAproval: the state machine has no state 'AskAproval'; did you mean 'AskApproval'?\n"
                + "  expect.path[3]: the state machine has no state 'Escalte'; did you mean 'Escalate'?\n"
                + "  expect.retries.askapproval: the state machine has no state 'askapproval'; did you mean 'AskApproval'?\n"
                + "  expect.catches[0].next: the state machine has no state 'Escalation'; did you mean 'Escalate'?\n"
                + "  expect.calls.Prepare: 'Prepare' is a Pass state; only Task states call a resource, so only they are mocked and called");
  }

  @Test
  void an_unmocked_task_says_which_scenario_key_to_add() {
    ScenarioResult result =
        run(
            """
            definition: approval.asl.json
            cases:
              - name: unmocked
                input: {orderId: o-1}
            """);

    assertThat(result.cases().get(0).messages())
        .singleElement()
        .asString()
        .contains(
            "No mock answers Task state 'AskApproval' (Resource arn:aws:states:::sqs:sendMessage.waitForTaskToken)."
                + " Add it under the case's 'mocks' in the scenario file, e.g. mocks: {AskApproval: [{callback: {success: {}}}]}")
        .doesNotContain("stubFor");
  }

  @Test
  void names_the_state_machine_after_the_definition_file() {
    assertThat(ScenarioRunner.machineName(Path.of("a/order.asl.json"))).isEqualTo("order");
    assertThat(ScenarioRunner.machineName(Path.of("my flow.asl.yaml"))).isEqualTo("my-flow");
  }

  // recorded/: conformance case
  // states_variables/test_map_catch_error_MAP_CATCH_ERROR_OUTPUT_WITH_RETRY
  // (recorded on AWS) in the shape the AWS CLI prints (the emulator's AwsCliRecording test fixture)
  private static final String REPLAY =
      """
      definition: recorded/map-retry-catch.asl.json
      cases:
        - name: order 42 from production
          replay:
            history: %s
            describe: recorded/map-retry-catch.describe.json
      """;

  @Test
  void a_replay_case_passes_when_the_recorded_history_is_replayed_event_by_event() {
    // WHEN
    ScenarioResult result = run(REPLAY.formatted("recorded/map-retry-catch.history.json"));

    // THEN
    CaseResult c = result.cases().get(0);
    assertThat(c.messages()).isEmpty();
    assertThat(c.outcome()).isEqualTo(CaseResult.Outcome.PASSED);
    assertThat(c.status()).isEqualTo("FAILED");
    assertThat(c.trace().retries("ProcessItem")).isEqualTo(1);
  }

  @Test
  void a_replay_case_whose_recording_differs_fails_with_the_first_difference(@TempDir Path dir)
      throws Exception {
    // GIVEN the recording with the error of the second Lambda failure (event #11) altered
    ObjectMapper json = new ObjectMapper();
    ObjectNode history =
        (ObjectNode)
            json.readTree(EXAMPLES.resolve("recorded/map-retry-catch.history.json").toFile());
    ((ObjectNode) history.path("events").get(11).path("stateExitedEventDetails"))
        .put("name", "ProcessItemRenamed");
    Path altered = dir.resolve("altered.history.json");
    json.writeValue(altered.toFile(), history);

    // WHEN
    ScenarioResult result = run(REPLAY.formatted(altered.toAbsolutePath()));

    // THEN
    CaseResult c = result.cases().get(0);
    assertThat(c.outcome()).isEqualTo(CaseResult.Outcome.FAILED);
    assertThat(c.messages())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .endsWith(
            "differs from its recorded history: history event #12 TaskStateExited at"
                + " /stateExitedEventDetails/name: expected \"ProcessItemRenamed\" but was \"ProcessItem\"");
  }

  @Test
  void a_replay_case_with_a_missing_history_file_errors_naming_the_file() {
    ScenarioResult result = run(REPLAY.formatted("recorded/nowhere.history.json"));

    CaseResult c = result.cases().get(0);
    assertThat(c.outcome()).isEqualTo(CaseResult.Outcome.ERROR);
    assertThat(c.messages().get(0))
        .startsWith("Cannot replay recorded/nowhere.history.json: cannot read 'history' file");
  }

  @Test
  void a_distributed_maps_child_states_are_in_the_path_as_an_inline_maps_are() {
    // WHEN two items, one at a time: the first throttled once, the second declined and refunded
    ScenarioResult result =
        run(
            """
            definition: distributed.asl.json
            cases:
              - name: each item is a child execution
                input: [{item: 1}, {item: 2}]
                mocks:
                  Charge:
                    - throw: {error: Throttled}
                    - return: {Payload: {charged: true}}
                    - throw: {error: Declined}
                expect:
                  path: [ProcessItems, Charge, Charge, Refund, Done]
                  retries: {Charge: 1}
                  catches: [{state: Charge, error: Declined, next: Refund}]
            """);

    // THEN
    CaseResult c = result.cases().get(0);
    assertThat(c.messages()).isEmpty();
    assertThat(c.trace().childExecutions("ProcessItems")).hasSize(2);
  }
}
