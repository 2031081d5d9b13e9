package io.github.sfnemulator.maven.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.ExecutionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioReaderTest {

  private static Scenario yaml(String text) {
    return ScenarioReader.parse(text, "order.sfn-test.yaml", "order.sfn-test.yaml");
  }

  @Test
  void reads_yaml_and_json_into_the_same_model() {
    // GIVEN
    String yaml =
        """
        definition: order.asl.json
        cases:
          - name: declined
            input: {orderId: o-1}
            mocks:
              Charge:
                - throw: {error: CardDeclined, cause: no}
                - return: {ok: true}
                - timeout: true
            expect:
              status: failed
              retries: {Charge: 0}
              catches: [{state: Charge, error: CardDeclined, next: Refund}]
        """;
    String json =
        """
        {"definition": "order.asl.json", "cases": [{"name": "declined", "input": {"orderId": "o-1"},
          "mocks": {"Charge": [{"throw": {"error": "CardDeclined", "cause": "no"}}, {"return": {"ok": true}}, {"timeout": true}]},
          "expect": {"status": "FAILED", "retries": {"Charge": 0},
                     "catches": [{"state": "Charge", "error": "CardDeclined", "next": "Refund"}]}}]}
        """;
    // WHEN
    Scenario fromYaml = yaml(yaml);
    Scenario fromJson = ScenarioReader.parse(json, "order.sfn-test.json", "order.sfn-test.json");
    // THEN
    assertThat(fromYaml).isEqualTo(fromJson);
    assertThat(fromYaml.name()).isEqualTo("order");
    ScenarioCase c = fromYaml.cases().get(0);
    assertThat(c.expect().status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(c.mocks().get("Charge"))
        .extracting(MockResponse::answerCount)
        .containsExactly(1, 1, 1);
  }

  @Test
  void implies_failed_when_an_error_is_expected_and_succeeded_otherwise() {
    assertThat(
            new Expectations(null, null, null, null, null, null, null, "Boom", null)
                .expectedStatus())
        .isEqualTo(ExecutionStatus.FAILED);
    assertThat(Expectations.NONE.expectedStatus()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void ignores_the_schema_reference_editors_use() {
    Scenario s =
        ScenarioReader.parse(
            "{\"$schema\": \"sfn-test.schema.json\", \"definition\": \"a.asl.json\", \"cases\":"
                + " [{\"name\": \"a\"}]}",
            "a.sfn-test.json",
            "a.sfn-test.json");

    assertThat(s.cases()).hasSize(1);
  }

  @Test
  void rejects_a_misspelt_field_naming_where_it_is_and_the_known_ones() {
    assertThatThrownBy(
            () ->
                yaml(
                    """
                    definition: order.asl.json
                    cases:
                      - name: a
                        expect:
                          pathh: [A]
                    """))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith(
            "order.sfn-test.yaml: unknown field 'pathh' in cases[0].expect (line ")
        .hasMessageContaining(
            "Known fields there: calls, catches, cause, error, output, outputContains, path,"
                + " retries, status");
  }

  @Test
  void an_unknown_field_is_reported_at_its_own_line_and_column() {
    // GIVEN 'pathh' on line 5, column 7 of a YAML file, and 'pathh' on line 3 of a JSON file
    String yaml =
        """
        definition: order.asl.json
        cases:
          - name: a
            expect:
              pathh: [A]
        """;
    String json =
        "{\"definition\": \"order.asl.json\",\n \"cases\": [{\"name\": \"a\",\n  \"pathh\": []}]}";

    // WHEN / THEN
    assertThatThrownBy(() -> yaml(yaml))
        .hasMessageContaining("'pathh' in cases[0].expect (line 5, column 7)");
    assertThatThrownBy(() -> ScenarioReader.parse(json, "a.sfn-test.json", "a.sfn-test.json"))
        .hasMessageContaining("'pathh' in cases[0] (line 3, column 3)");
  }

  @Test
  void reads_callbacks_and_expected_calls() {
    Scenario s =
        yaml(
            """
            definition: a.asl.json
            cases:
              - name: approved
                mocks:
                  Ask:
                    - callback: {after: 2h, heartbeats: [30m], success: {ok: true}, callResult: {MessageId: m}}
                    - callback: {after: PT1H, failure: {error: Rejected, cause: no}}
                expect:
                  calls:
                    Ask:
                      - parametersContain: {QueueUrl: q}
                      - parameters: {QueueUrl: q, MessageBody: b}
            """);

    MockCallback first = s.cases().get(0).mocks().get("Ask").get(0).callback();
    assertThat(first.after()).isEqualTo("2h");
    assertThat(first.heartbeats()).containsExactly("30m");
    assertThat(MockCallbacks.toTokenCallback(first).after())
        .isEqualTo(java.time.Duration.ofHours(2));
    assertThat(s.cases().get(0).mocks().get("Ask").get(1).callback().failure().error())
        .isEqualTo("Rejected");
    assertThat(s.cases().get(0).expect().calls().get("Ask"))
        .extracting(ExpectedCall::parametersContain, ExpectedCall::parameters)
        .hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no definition      | cases: [{name: a}]                                                         | 'definition' is required
          no cases           | definition: a.asl.json                                                     | 'cases' is required
          unnamed case       | 'definition: a.asl.json\ncases: [{input: {}}]'                              | cases[0]: every case needs a 'name'
          duplicate name     | 'definition: a.asl.json\ncases: [{name: a}, {name: a}]'                     | cases[1]: the case name 'a' is used twice
          two answers        | 'definition: a.asl.json\ncases: [{name: a, mocks: {T: [{return: 1, timeout: true}]}}]' | cases[0].mocks.T[0]: each response has exactly one of
          throw no error     | 'definition: a.asl.json\ncases: [{name: a, mocks: {T: [{throw: {cause: x}}]}}]' | cases[0].mocks.T[0].throw: 'error' is required
          output and subset  | 'definition: a.asl.json\ncases: [{name: a, expect: {output: 1, outputContains: 1}}]' | give either 'output'
          negative retries   | 'definition: a.asl.json\ncases: [{name: a, expect: {retries: {T: -1}}}]'   | cases[0].expect.retries.T: must be a count
          catch no state     | 'definition: a.asl.json\ncases: [{name: a, expect: {catches: [{error: E}]}}]' | cases[0].expect.catches[0]: 'state' is required
          callback and return | 'definition: a.asl.json\ncases: [{name: a, mocks: {T: [{return: 1, callback: {success: 1}}]}}]' | cases[0].mocks.T[0]: each response has exactly one of 'return', 'throw', 'timeout: true' or 'callback'
          callback no answer | 'definition: a.asl.json\ncases: [{name: a, mocks: {T: [{callback: {after: 2h}}]}}]' | cases[0].mocks.T[0].callback: give 'success'
          callback both      | 'definition: a.asl.json\ncases: [{name: a, mocks: {T: [{callback: {success: 1, failure: {error: E}}}]}}]' | cases[0].mocks.T[0].callback: give 'success' or 'failure', not both
          callback bad delay | 'definition: a.asl.json\ncases: [{name: a, mocks: {T: [{callback: {after: 2 hours, success: 1}}]}}]' | cases[0].mocks.T[0].callback: '2 hours' is not a delay: write it as 2h
          callback late beat | 'definition: a.asl.json\ncases: [{name: a, mocks: {T: [{callback: {after: 1h, heartbeats: [2h], success: 1}}]}}]' | the token is spent by then
          failure no error   | 'definition: a.asl.json\ncases: [{name: a, mocks: {T: [{callback: {failure: {cause: c}}}]}}]' | cases[0].mocks.T[0].callback.failure: 'error' is required
          after without end  | 'definition: a.asl.json\ncases: [{name: a, mocks: {T: [{callback: {after: 1h, heartbeats: [1m]}}]}}]' | cases[0].mocks.T[0].callback.after: is when
          calls empty        | 'definition: a.asl.json\ncases: [{name: a, expect: {calls: {T: []}}}]'      | cases[0].expect.calls.T: list the calls in order
          calls both         | 'definition: a.asl.json\ncases: [{name: a, expect: {calls: {T: [{parameters: 1, parametersContain: 1}]}}}]' | cases[0].expect.calls.T[0]: give either 'parameters'
          bad status         | 'definition: a.asl.json\ncases: [{name: a, expect: {status: DONE}}]'        | at cases[0].expect.status
          not a string       | 'definition: [a]\ncases: [{name: a}]'                                      | expected a string here at definition (line 1
          bad yaml           | 'definition: "a'                                                           | not valid YAML
          """)
  void rejects_scenarios_that_make_no_sense(String what, String text, String message) {
    assertThatThrownBy(() -> yaml(text.replace("\\n", "\n")))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("order.sfn-test.yaml: ")
        .hasMessageContaining(message);
  }

  @Test
  void names_a_scenario_after_its_file() {
    assertThat(ScenarioReader.baseName("order.sfn-test.yaml")).isEqualTo("order");
    assertThat(ScenarioReader.baseName("order.sfn-test.json")).isEqualTo("order");
  }

  @Test
  void reads_a_replay_case_and_refuses_one_that_also_gives_mocks() {
    Scenario scenario =
        yaml(
            """
            definition: order.asl.json
            cases:
              - name: order 42
                replay: {history: recorded/order-42.history.json, describe: recorded/order-42.describe.json}
            """);
    assertThat(scenario.cases().get(0).replay())
        .isEqualTo(
            new ReplayFiles("recorded/order-42.history.json", "recorded/order-42.describe.json"));

    assertThatThrownBy(
            () ->
                yaml(
                    """
                    definition: order.asl.json
                    cases:
                      - name: order 42
                        replay: {history: recorded/order-42.history.json}
                        mocks: {Charge: [{return: {}}]}
                    """))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(
            "order.sfn-test.yaml: cases[0]: a 'replay' case takes its input, Task results and expected"
                + " history from the recording: remove 'input', 'mocks', 'testCase' and 'expect', or"
                + " move them to a case of their own");
  }
}
