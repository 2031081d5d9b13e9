package io.github.sfnemulator.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkloadMocksTest {
  private static final String ARRAY_FORM =
      "{\"Flaky\":[{\"Throw\":{\"Error\":\"E1\",\"Cause\":\"c1\"}},{\"Return\":{\"n\":1}},{\"Return\":{\"n\":2}}]}";
  private static final String RANGE_FORM =
      "{\"Flaky\":{\"0-1\":{\"Throw\":{\"Error\":\"E\",\"Cause\":\"c\"}},\"2\":{\"Return\":{\"n\":2}},"
          + "\"4\":{\"Return\":{\"n\":4}}}}";

  @ParameterizedTest
  @CsvSource({"0, E1", "1, 1", "2, 2", "3, 2", "50, 2"})
  void array_form_gives_entry_n_to_invocation_n_and_repeats_the_last(
      int invocation, String expected) {
    WorkloadMocks mocks = new WorkloadMocks(Json.parse(ARRAY_FORM));

    assertThat(describe(mocks.respond(call("Flaky", invocation)))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, E", "1, E", "2, 2", "3, 4", "4, 4", "9, 4"})
  void range_form_matches_n_and_n_m_keys_and_falls_back_to_the_furthest(
      int invocation, String expected) {
    WorkloadMocks mocks = new WorkloadMocks(Json.parse(RANGE_FORM));

    assertThat(describe(mocks.respond(call("Flaky", invocation)))).isEqualTo(expected);
  }

  @Test
  void throw_carries_error_and_cause() {
    WorkloadMocks mocks = new WorkloadMocks(Json.parse(ARRAY_FORM));

    assertThat(mocks.respond(call("Flaky", 0))).isEqualTo(TaskResponse.throwing("E1", "c1"));
  }

  @Test
  void unmocked_state_fails_with_mock_missing() {
    WorkloadMocks mocks = new WorkloadMocks(Json.parse(ARRAY_FORM));

    assertThatThrownBy(() -> mocks.respond(call("Other", 0)))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo("Mock.Missing");
              assertThat(e.cause()).isEqualTo("no mock for Task state Other");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"S\":[]}|empty array",
        "{\"S\":{\"first\":{\"Return\":1}}}|has key 'first'",
        "{\"S\":[{\"Oops\":1}]}|neither \"Return\" nor \"Throw\"",
        "{\"S\":42}|must be a non-empty array or object"
      })
  void rejects_malformed_mocks_with_a_message_naming_the_state(String mocks, String message) {
    assertThatThrownBy(() -> new WorkloadMocks(Json.parse(mocks)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'S'")
        .hasMessageContaining(message);
  }

  private static TaskCall call(String state, int invocation) {
    return new TaskCall(
        "arn:x",
        state,
        "arn:aws:states:::lambda:invoke",
        Json.NODES.objectNode(),
        invocation,
        null);
  }

  private static String describe(TaskResponse r) {
    return r instanceof TaskResponse.Throw t
        ? t.error()
        : ((TaskResponse.Return) r).result().get("n").asText();
  }
}
