package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.json;
import static io.github.sfnemulator.TestExecutions.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSONata fields in every state type, run through the interpreter. */
class JsonataStatesTest {

  private static String machine(String states) {
    return "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"A\",\"States\":{" + states + "}}";
  }

  @Test
  void task_arguments_and_output_see_input_and_result() {
    // GIVEN
    String definition =
        machine(
            """
            "A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Arguments":{"FunctionName":"f","Payload":{"n":"{% $states.input.n * 2 %}"}},
              "Output":{"sent":"{% $states.result.Payload.n %}","kept":"{% $states.input.keep %}"},"End":true}
            """);

    // WHEN
    Execution e = run(definition, "{\"n\":21,\"keep\":\"x\"}");

    // THEN
    assertThat(e.outputJson()).isEqualTo(json("{\"sent\":42,\"kept\":\"x\"}"));
    String scheduled =
        TestExecutions.events(e, HistoryEventType.TaskScheduled)
            .get(0)
            .details()
            .path("parameters")
            .asText();
    assertThat(json(scheduled)).isEqualTo(json("{\"FunctionName\":\"f\",\"Payload\":{\"n\":42}}"));
  }

  @Test
  void assign_sees_values_at_state_entry_and_later_states_read_the_variables() {
    String definition =
        machine(
            """
            "A":{"Type":"Pass","Assign":{"x":1,"y":2},"Next":"B"},
            "B":{"Type":"Pass","Assign":{"x":"{% $y %}","y":"{% $x %}"},"Output":{"x":"{% $x %}"},"Next":"C"},
            "C":{"Type":"Pass","Output":{"x":"{% $x %}","y":"{% $y %}"},"End":true}
            """);

    Execution e = run(definition, "{}");

    // B's Output still sees x=1; its Assign swapped the values for C.
    assertThat(e.outputJson()).isEqualTo(json("{\"x\":2,\"y\":1}"));
    HistoryEvent exitedB = TestExecutions.events(e, HistoryEventType.PassStateExited).get(1);
    assertThat(exitedB.details().path("output").asText()).isEqualTo("{\"x\":1}");
    assertThat(exitedB.details().path("assignedVariables").path("x").asText()).isEqualTo("2");
  }

  @Test
  void choice_condition_picks_the_rule_and_its_output() {
    String definition =
        machine(
            """
            "A":{"Type":"Choice","Choices":[
                {"Condition":"{% $states.input.n > 10 %}","Next":"Big","Output":{"size":"big"}},
                {"Condition":"{% $states.input.n > 0 %}","Next":"Small"}],
              "Default":"Zero"},
            "Big":{"Type":"Succeed"},"Small":{"Type":"Succeed"},"Zero":{"Type":"Succeed"}
            """);

    assertThat(run(definition, "{\"n\":11}").outputJson()).isEqualTo(json("{\"size\":\"big\"}"));
    assertThat(run(definition, "{\"n\":3}").statesEntered()).containsExactly("A", "Small");
    assertThat(run(definition, "{\"n\":0}").statesEntered()).containsExactly("A", "Zero");
  }

  @Test
  void a_condition_that_is_not_a_boolean_fails_with_query_evaluation_error() {
    String definition =
        machine(
            """
            "A":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.n %}","Next":"B"}],"Default":"B"},
            "B":{"Type":"Succeed"}
            """);

    Execution e = run(definition, "{\"n\":5}");

    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(e.cause()).contains("'A'", "Expected 'boolean'");
    assertThat(TestExecutions.types(e)).contains(HistoryEventType.EvaluationFailed);
  }

  @Test
  void map_items_and_item_selector_are_expressions() {
    String definition =
        machine(
            """
            "A":{"Type":"Map","Items":"{% $states.input.xs %}",
              "ItemSelector":{"v":"{% $states.context.Map.Item.Value %}","i":"{% $states.context.Map.Item.Index %}"},
              "MaxConcurrency":"{% $states.input.limit %}",
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","Output":"{% $states.input.v * 10 + $states.input.i %}","End":true}}},
              "End":true}
            """);

    Execution e = run(definition, "{\"xs\":[1,2,3],\"limit\":2}");

    assertThat(e.outputJson()).isEqualTo(json("[10,21,32]"));
  }

  @Test
  void wait_seconds_and_timestamp_are_expressions() {
    String definition =
        machine(
            """
            "A":{"Type":"Wait","Seconds":"{% $states.input.s %}","Next":"B"},
            "B":{"Type":"Wait","Timestamp":"{% $states.input.until %}","End":true}
            """);

    Execution e = run(definition, "{\"s\":60,\"until\":\"2024-01-01T01:00:00Z\"}");

    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Duration.between(e.startDate(), e.stopDate())).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void fail_error_and_cause_are_expressions() {
    String definition =
        machine(
            """
            "A":{"Type":"Fail","Error":"{% $states.input.code %}","Cause":"{% 'because ' & $states.input.why %}"}
            """);

    Execution e = run(definition, "{\"code\":\"Order.Invalid\",\"why\":\"no lines\"}");

    assertThat(e.error()).isEqualTo("Order.Invalid");
    assertThat(e.cause()).isEqualTo("because no lines");
  }

  @Test
  void catch_output_and_assign_see_the_error_output() {
    String definition =
        machine(
            """
            "A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Arguments":{"FunctionName":"f"},
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"B",
                "Assign":{"lastError":"{% $states.errorOutput.Error %}"},
                "Output":{"cause":"{% $states.errorOutput.Cause %}","order":"{% $states.input.order %}"}}],
              "End":true},
            "B":{"Type":"Pass","Output":{"error":"{% $lastError %}","cause":"{% $states.input.cause %}","order":"{% $states.input.order %}"},"End":true}
            """);

    Execution e =
        run(
            definition,
            "{\"order\":7}",
            call -> TaskResponse.throwing("Lambda.ServiceException", "down"));

    assertThat(e.outputJson())
        .isEqualTo(json("{\"error\":\"Lambda.ServiceException\",\"cause\":\"down\",\"order\":7}"));
  }

  @Test
  void timeout_seconds_is_an_expression() {
    String definition =
        machine(
            """
            "A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Arguments":{},
              "TimeoutSeconds":"{% $states.input.t %}","End":true}
            """);

    Execution e = run(definition, "{\"t\":90}", call -> new TaskResponse.Timeout());

    assertThat(e.error()).isEqualTo(StatesErrors.TIMEOUT);
    assertThat(Duration.between(e.startDate(), e.stopDate())).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void parallel_branches_read_outer_variables_and_do_not_leak_their_own() {
    String definition =
        machine(
            """
            "A":{"Type":"Pass","Assign":{"outer":"o"},"Next":"P"},
            "P":{"Type":"Parallel","Branches":[
                {"StartAt":"B1","States":{"B1":{"Type":"Pass","Assign":{"inner":1},"Output":"{% $outer %}","End":true}}},
                {"StartAt":"B2","States":{"B2":{"Type":"Pass","Output":"{% $outer & '2' %}","End":true}}}],
              "Next":"After"},
            "After":{"Type":"Pass","Output":{"results":"{% $states.input %}","inner":"{% $exists($inner) %}"},"End":true}
            """);

    Execution e = run(definition, "{}");

    assertThat(e.outputJson()).isEqualTo(json("{\"results\":[\"o\",\"o2\"],\"inner\":false}"));
  }

  @Test
  void the_added_functions_run_in_states_and_random_ones_repeat_with_the_seed() {
    String definition =
        machine(
            """
            "A":{"Type":"Pass","Output":{"parts":"{% $partition([1,2,3,4,5], 2) %}","r":"{% $range(0, 6, 3) %}",
              "h":"{% $hash('abc', 'SHA-256') %}","p":"{% $parse('{\\"a\\":1}') %}","u":"{% $uuid() %}"},"End":true}
            """);

    List<String> uuids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Execution e = run(definition, "{}");
      assertThat(e.outputJson().path("parts")).isEqualTo(json("[[1,2],[3,4],[5]]"));
      assertThat(e.outputJson().path("r")).isEqualTo(json("[0,3,6]"));
      assertThat(e.outputJson().path("h").asText())
          .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
      assertThat(e.outputJson().path("p")).isEqualTo(json("{\"a\":1}"));
      uuids.add(e.outputJson().path("u").asText());
    }
    assertThat(uuids.get(0)).matches("[0-9a-f-]{36}").isEqualTo(uuids.get(1));
  }

  @Test
  void now_and_millis_read_the_emulators_clock() {
    String definition =
        machine(
            """
            "A":{"Type":"Wait","Seconds":86400,"Next":"B"},
            "B":{"Type":"Pass","Output":{"now":"{% $now() %}","millis":"{% $millis() %}"},"End":true}
            """);

    Execution e = run(definition, "{}");

    // The virtual clock starts at 2024-01-01T00:00:00Z; the Wait moved it one day.
    assertThat(e.outputJson().path("now").asText()).isEqualTo("2024-01-02T00:00:00.000Z");
    assertThat(e.outputJson().path("millis").asLong()).isEqualTo(1704153600000L);
  }
}
