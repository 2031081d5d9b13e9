package io.github.sfnemulator.internal.intrinsics;

import static io.github.sfnemulator.internal.intrinsics.IntrinsicTestSupport.eval;
import static io.github.sfnemulator.internal.intrinsics.IntrinsicTestSupport.failureCause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Happy paths of every function, one row per behaviour, checked against AWS's recorded values. */
class IntrinsicFunctionsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "States.Format('Hello {}, {}', $.s, $.n)            | \"Hello input data, 5\"",
        "States.Format('{} and {}', $.obj, $.arr)            | \"{a=1} and [1, 2, 3, 4, 5]\"",
        "States.Format('\\{\\} {} it\\'s \\\\', $.half)      | \"{} 2.5 it's \\\\\"",
        "States.Format($.s)                                  | \"input data\"",
        "States.StringToJson($.json)                         | {\"k\": [1]}",
        "States.StringToJson($.empty)                        | null",
        "States.StringToJson('-0')                           | 0",
        "States.JsonToString($.obj)                          | \"{\\\"a\\\":1}\"",
        "States.JsonToString($.s)                            | \"\\\"input data\\\"\"",
        "States.Array($.n, 'x', null, true, States.Array())  | [5, \"x\", null, true, []]",
        "States.ArrayPartition($.arr, 2)                     | [[1, 2], [3, 4], [5]]",
        "States.ArrayPartition(States.Array(), 2)            | []",
        "States.ArrayContains($.arr, 3)                      | true",
        "States.ArrayContains(States.Array($.obj), $.obj)    | true",
        "States.ArrayContains($.arr, '3')                    | false",
        "States.ArrayRange(0, 9, 3)                          | [0, 3, 6, 9]",
        "States.ArrayRange(0, 10, 3)                         | [0, 3, 6, 9]",
        "States.ArrayRange(5, 1, -2)                         | [5, 3, 1]",
        "States.ArrayGetItem($.arr, 4)                       | 5",
        "States.ArrayGetItem($list, 0)                       | 3",
        "States.ArrayLength($.arr)                           | 5",
        "States.ArrayUnique(States.Array(1, 1, 'a', 'a', 2)) | [1, \"a\", 2]",
        "States.Base64Encode('Data to encode')               | \"RGF0YSB0byBlbmNvZGU=\"",
        "States.Base64Decode('RGF0YSB0byBlbmNvZGU=')         | \"Data to encode\"",
        "States.Hash($.s, 'SHA-1')                           |"
            + " \"aaff4a450a104cd177d28d18d74485e8cae074b7\"",
        "States.Hash($.s, 'MD5')                             |"
            + " \"812f45842bc6d66ee14572ce20db8e86\"",
        "States.JsonMerge($.obj, $.other, false)             | {\"a\": 1, \"b\": 2}",
        "States.MathRandom(1, 2)                             | 1",
        "States.MathAdd($.n, -1)                             | 4",
        "States.MathAdd(-0.5, 0.5)                           | 1",
        "States.MathAdd($.half, -1.5)                        | 2",
        "States.StringSplit('a,b,,c', ',')                   | [\"a\", \"b\", \"c\"]",
        "States.StringSplit('This.is+a', '.+')               | [\"This\", \"is\", \"a\"]",
        "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'),"
            + " States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')),"
            + " -1)) | \"c\"",
      })
  void evaluates_calls_as_aws_does(String call, String expected) {
    assertThat(eval(call.strip())).isEqualTo(Json.parse(expected));
  }

  @Test
  void math_random_with_a_seed_repeats_and_stays_in_range() {
    int first = eval("States.MathRandom(1, 1000, 7)").asInt();

    assertThat(eval("States.MathRandom(1, 1000, 7)").asInt()).isEqualTo(first);
    assertThat(first).isBetween(1, 999);
  }

  @Test
  void uuid_is_a_version_4_uuid_drawn_from_the_scope_random() {
    String uuid = eval("States.UUID()").asText();

    assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(eval("States.UUID()").asText()).isEqualTo(uuid);
  }

  @Test
  void json_merge_keeps_its_inputs_unchanged() {
    IntrinsicScope scope = IntrinsicScope.of(IntrinsicTestSupport.INPUT);

    IntrinsicExpression.compile("States.JsonMerge($.obj, $.other, false)").evaluate(scope, "f.$");

    assertThat(scope.input().get("obj")).isEqualTo(Json.parse("{\"a\": 1}"));
  }

  @Test
  void every_listed_function_is_registered() {
    assertThat(IntrinsicRegistry.names()).hasSize(18).contains("States.Format", "States.UUID");
  }

  @Test
  void format_rejects_a_placeholder_count_mismatch() {
    failureCause("States.Format('{} {}', 1)").startsWith("Invalid arguments in States.Format");
  }
}
