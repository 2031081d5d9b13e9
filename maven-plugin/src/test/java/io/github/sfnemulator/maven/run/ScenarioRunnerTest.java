package io.github.sfnemulator.maven.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfnemulator.history.Catch;
import io.github.sfnemulator.maven.scenario.Scenario;
import io.github.sfnemulator.maven.scenario.ScenarioReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  @Test
  void names_the_state_machine_after_the_definition_file() {
    assertThat(ScenarioRunner.machineName(Path.of("a/order.asl.json"))).isEqualTo("order");
    assertThat(ScenarioRunner.machineName(Path.of("my flow.asl.yaml"))).isEqualTo("my-flow");
  }

  // recorded/: conformance case states_variables/test_map_catch_error_MAP_CATCH_ERROR_OUTPUT_WITH_RETRY
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
        (ObjectNode) json.readTree(EXAMPLES.resolve("recorded/map-retry-catch.history.json").toFile());
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
