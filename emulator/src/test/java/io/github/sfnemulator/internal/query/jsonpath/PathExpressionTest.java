package io.github.sfnemulator.internal.query.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathExpressionTest {
  private static final TestScope SCOPE =
      TestScope.of(
              """
              {"a": {"b": [10, 20, {"c": "x"}]}, "n": null, "s": "text",
               "items": [{"v": 1}, {"v": 5}, {"v": 9}], "odd key": 3, "dot.key": 4}
              """)
          .withContext("{\"Execution\": {\"Name\": \"exec\"}}")
          .withVariable("myVar", "{\"x\": [7, 8]}");

  private static JsonNode find(String path) {
    return PathExpression.compile(path).find(SCOPE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$.a.b[0]             | 10",
        "$.a.b[-1].c          | \"x\"",
        "$['a']['b'][1]       | 20",
        "$[\"a\"].b[2]['c']   | \"x\"",
        "$.n                  | null",
        "$['odd key']         | 3",
        "$['dot.key']         | 4",
        "$$.Execution.Name    | \"exec\"",
        "$$                   | {\"Execution\": {\"Name\": \"exec\"}}",
        "$myVar.x[1]          | 8",
        "$myVar               | {\"x\": [7, 8]}",
      })
  void definite_paths_select_one_node(String path, String expected) {
    assertThat(find(path.strip())).isEqualTo(Json.parse(expected));
  }

  @Test
  void dollar_alone_is_the_input_itself() {
    assertThat(find("$")).isSameAs(SCOPE.input());
  }

  @ParameterizedTest
  @ValueSource(strings = {"$.missing", "$.a.b[3]", "$.a.b[-4]", "$.s.x", "$.a[0]", "$undefined.x"})
  void definite_paths_that_select_nothing_give_null(String path) {
    assertThat(find(path)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$.items[*].v            | [1, 5, 9]",
        "$.items[1:].v           | [5, 9]",
        "$.items[:1]             | [{\"v\": 1}]",
        "$.items[?(@.v > 2)].v   | [5, 9]",
        "$..c                    | [\"x\"]",
        "$.items[0,2].v          | [1, 9]",
        "$.missing[*]            | []",
        "$.missing.deeper[1:5]   | []",
        "$myVar.x[*]             | [7, 8]",
      })
  void indefinite_paths_select_an_array_of_matches(String path, String expected) {
    assertThat(find(path.strip())).isEqualTo(Json.parse(expected));
  }

  @Test
  void jayway_functions_are_supported() {
    assertThat(find("$.items.length()").asInt()).isEqualTo(3);
  }

  @Test
  void backslashes_in_bracket_names_are_kept_as_written() {
    TestScope scope = TestScope.of("{\"Test\\\\\\\"\\\"Name\\\"\": \"v\"}");

    JsonNode value = PathExpression.compile("$['Test\\\"\"Name\"']").find(scope);

    assertThat(value.asText()).isEqualTo("v");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.b", "", "$.a[", "$.a[?(@.x >]"})
  void rejects_malformed_paths(String path) {
    assertThatThrownBy(() -> PathExpression.compile(path))
        .isInstanceOf(InvalidExpressionException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$.a[*]", "$..a", "$.a[0:1]", "$.a[?(@.x)]", "$.a[0,1]", "$.a.length()"})
  void rejects_indefinite_reference_paths(String path) {
    assertThatThrownBy(() -> PathExpression.compileReferencePath(path))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageContaining("not a valid reference path");
  }

  @Test
  void reports_roots_and_definiteness() {
    assertThat(PathExpression.compile("$$.State").root()).isEqualTo(PathRoot.CONTEXT);
    assertThat(PathExpression.compile("$v1.x").variableName()).isEqualTo("v1");
    assertThat(PathExpression.compile("$.a[*]").isDefinite()).isFalse();
    assertThat(PathExpression.compile("$").isRoot()).isTrue();
  }

  @Test
  void no_results_cause_uses_jayways_normalized_path() {
    assertThat(PathExpression.compile("$.NoSuchInputPath").noResultsCause())
        .isEqualTo("Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']");
    assertThat(PathExpression.compile("$.a[0].b").noResultsCause())
        .endsWith("No results for path: $['a'][0]['b']");
  }

  @Test
  void a_filter_that_meets_a_primitive_fails_with_states_runtime_not_a_library_exception() {
    // GIVEN found by FuzzTest: Jayway throws InvalidPathException while reading
    PathExpression path = PathExpression.compile("$[?(@.n)]");
    // WHEN / THEN
    assertThatThrownBy(() -> path.find(TestScope.of("476742.8")))
        .isInstanceOf(StatesException.class)
        .hasMessage(
            "States.Runtime: Invalid path '$[?(@.n)]' : Filter: [?] can not be applied to"
                + " primitives. Current context is: 476742.8");
  }

  @Test
  void a_function_after_a_deep_scan_fails_with_states_runtime_not_a_library_exception() {
    // GIVEN found by FuzzTest: Jayway throws IllegalStateException while reading
    PathExpression path = PathExpression.compile("$..length()");
    // WHEN / THEN
    assertThatThrownBy(() -> path.find(TestScope.of("null")))
        .isInstanceOf(StatesException.class)
        .hasMessageStartingWith("States.Runtime: Invalid path '$..length()' : ");
  }

  @Test
  void a_filter_nested_3000_deep_is_refused_at_compile_time() {
    String nested = "$.a[?(" + "(".repeat(3000) + "@.b == 1" + ")".repeat(3000) + ")]";

    assertThatThrownBy(() -> PathExpression.compile(nested))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageEndingWith(
            "is not a valid JSONPath: brackets and parentheses are nested more than 64 levels deep");
  }

  @Test
  void a_path_of_3500_segments_is_refused_at_compile_time() {
    assertThatThrownBy(() -> ResultPathWriter.compile("$" + ".a".repeat(3500)))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageEndingWith("is not a valid path: it has more than 500 segments");
    assertThat(PathExpression.compile("$" + ".a".repeat(500)).isDefinite()).isTrue();
  }
}
