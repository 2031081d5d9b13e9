package io.github.sfnemulator.internal.intrinsics;

import static io.github.sfnemulator.internal.intrinsics.IntrinsicTestSupport.eval;
import static io.github.sfnemulator.internal.intrinsics.IntrinsicTestSupport.failureCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Run-time argument checks: each raises States.IntrinsicFailure naming the function. */
class IntrinsicFailuresTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "States.Format('{}')                      | States.Format",
        "States.Format($.n, 1)                    | States.Format",
        "States.StringToJson('{oops')             | States.StringToJson",
        "States.StringToJson($.n)                 | States.StringToJson",
        "States.ArrayPartition($.arr, 0)          | States.ArrayPartition",
        "States.ArrayPartition($.s, 1)            | States.ArrayPartition",
        "States.ArrayContains($.obj, 1)           | States.ArrayContains",
        "States.ArrayRange(0, 10, 0)              | States.ArrayRange",
        "States.ArrayRange(0, 1000, 1)            | States.ArrayRange",
        "States.ArrayRange('a', 2, 1)             | States.ArrayRange",
        "States.ArrayGetItem($.arr, 5)            | States.ArrayGetItem",
        "States.ArrayGetItem($.arr, -1)           | States.ArrayGetItem",
        "States.ArrayGetItem($.arr, 1.5)          | States.ArrayGetItem",
        "States.ArrayLength($.obj)                | States.ArrayLength",
        "States.ArrayUnique($.n)                  | States.ArrayUnique",
        "States.Base64Encode($.n)                 | States.Base64Encode",
        "States.Base64Decode('***')               | States.Base64Decode",
        "States.Hash($.s, 'SHA-3')                | States.Hash",
        "States.Hash($.n, 'MD5')                  | States.Hash",
        "States.JsonMerge($.obj, $.other, true)   | States.JsonMerge",
        "States.JsonMerge($.obj, $.arr, false)    | States.JsonMerge",
        "States.JsonMerge($.obj, $.other, 'no')   | States.JsonMerge",
        "States.MathRandom(5, 5)                  | States.MathRandom",
        "States.MathRandom($.s, 5)                | States.MathRandom",
        "States.MathAdd($.s, 1)                   | States.MathAdd",
        "States.MathAdd(2147483648, 1)            | States.MathAdd",
        "States.StringSplit($.arr, ',')           | States.StringSplit",
      })
  void rejects_bad_argument_values(String call, String function) {
    failureCause(call.strip()).startsWith("Invalid arguments in " + function + ": ");
  }

  @Test
  void array_range_reports_the_limit() {
    failureCause("States.ArrayRange(0, 1000, 1)")
        .isEqualTo(
            "Invalid arguments in States.ArrayRange: the range would have 1001 items, more than"
                + " the limit of 1000");
  }

  @Test
  void a_missing_path_argument_fails_like_a_payload_path() {
    assertThatThrownBy(() -> eval("States.Format('{}', $.missing)"))
        .isInstanceOf(StatesException.class)
        .satisfies(
            e -> {
              StatesException failure = (StatesException) e;
              assertThat(failure.error()).isEqualTo(StatesErrors.RUNTIME);
              assertThat(failure.cause())
                  .startsWith("The JSONPath '$.missing' specified for the field 'f.$' could not");
            });
  }
}
