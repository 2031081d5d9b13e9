package io.github.sfnemulator.internal.query.jsonata;

import static io.github.sfnemulator.internal.query.jsonata.JsonataTemplateTest.eval;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataBindingsTest {

  @Test
  void workflow_variables_are_bound_by_name() {
    TestScope scope = TestScope.withInput("{}").variable("x", "{\"a\":[1,2]}").variable("n", "3");
    assertThat(eval("\"{% $x.a[1] + $n %}\"", scope).intValue()).isEqualTo(5);
  }

  @Test
  void only_referenced_variables_are_read() {
    Map<String, JsonNode> many = new HashMap<>();
    for (int i = 0; i < 10_000; i++) {
      many.put("v" + i, Json.NODES.numberNode(i));
    }
    int[] reads = new int[1];
    TestScopeCounting scope = new TestScopeCounting(many, reads);
    assertThat(eval("\"{% $v7 + $v9 %}\"", scope).intValue()).isEqualTo(16);
    assertThat(reads[0]).isEqualTo(2);
  }

  @Test
  void local_assignment_shadows_nothing_outside_the_evaluation() {
    TestScope scope = TestScope.withInput("{}").variable("x", "1");
    JsonataTemplate template =
        JsonataTemplate.compile("Output", Json.parse("\"{% ($x := $x + 1; $x) %}\""));
    assertThat(template.evaluate(scope).intValue()).isEqualTo(2);
    assertThat(template.evaluate(scope).intValue()).isEqualTo(2);
  }

  @Test
  void states_has_input_and_context() {
    TestScope scope = TestScope.withInput("{\"a\":1}").context("{\"State\":{\"Name\":\"Pass1\"}}");
    assertThat(
            eval("\"{% $states.context.State.Name & $string($states.input.a) %}\"", scope)
                .textValue())
        .isEqualTo("Pass11");
  }

  @Test
  void context_is_read_only_when_used() {
    TestScope scope = TestScope.withInput("{\"a\":1}");
    eval("\"{% $states.input.a %}\"", scope);
    assertThat(scope.contextReads).isZero();
  }

  @Test
  void result_and_error_output_exist_only_where_present() {
    TestScope plain = TestScope.withInput("{}");
    assertThat(eval("\"{% $keys($states) %}\"", plain))
        .isEqualTo(Json.parse("[\"input\",\"context\"]"));
    TestScope task = TestScope.withInput("{}").result("{\"r\":1}").errorOutput("{\"Error\":\"E\"}");
    assertThat(eval("\"{% $states.result.r %}\"", task).intValue()).isEqualTo(1);
    assertThat(eval("\"{% $states.errorOutput.Error %}\"", task).textValue()).isEqualTo("E");
    assertThat(eval("\"{% $exists($states.result) %}\"", plain).booleanValue()).isFalse();
  }

  @Test
  void states_itself_serialises_as_an_object() {
    JsonNode out = eval("\"{% $states %}\"", TestScope.withInput("{\"a\":1}").context("{}"));
    assertThat(out).isEqualTo(Json.parse("{\"input\":{\"a\":1},\"context\":{}}"));
  }

  @Test
  void input_is_never_mutated() {
    TestScope scope = TestScope.withInput("{\"b\":2,\"a\":[3,1,2],\"n\":null}");
    String before = Json.write(scope.input());
    eval(
        "{\"s\":\"{% $sort($states.input.a) %}\",\"m\":\"{% $merge([$states.input, {'c':3}]) %}\","
            + "\"t\":\"{% $states.input ~> |$|{'x':1}| %}\",\"w\":\"{% $states.input %}\"}",
        scope);
    assertThat(Json.write(scope.input())).isEqualTo(before);
  }

  /** A scope counting variable reads. */
  private static final class TestScopeCounting extends TestScopeDelegate {
    private final Map<String, JsonNode> variables;
    private final int[] reads;

    TestScopeCounting(Map<String, JsonNode> variables, int[] reads) {
      super(TestScope.withInput("{}"));
      this.variables = variables;
      this.reads = reads;
    }

    @Override
    public JsonNode variable(String name) {
      reads[0]++;
      return variables.get(name);
    }
  }
}
