package io.github.sfnemulator.internal.intrinsics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/** Evaluates calls against a fixed input and checks IntrinsicFailure causes. */
final class IntrinsicTestSupport {
  static final String INPUT =
      """
      {"s": "input data", "n": 5, "half": 2.5, "arr": [1, 2, 3, 4, 5], "obj": {"a": 1},
       "other": {"b": 2}, "empty": "", "json": "{\\"k\\": [1]}", "t": true}
      """;

  private IntrinsicTestSupport() {}

  static JsonNode eval(String call) {
    return IntrinsicExpression.compile(call).evaluate(IntrinsicScope.of(INPUT), "f.$");
  }

  static AbstractStringAssert<?> failureCause(String call) {
    StatesException[] thrown = new StatesException[1];
    assertThatThrownBy(() -> eval(call))
        .isInstanceOf(StatesException.class)
        .satisfies(e -> thrown[0] = (StatesException) e);
    Assertions.assertThat(thrown[0].error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    return Assertions.assertThat(thrown[0].cause());
  }
}
