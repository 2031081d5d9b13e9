package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.START;
import static io.github.sfnemulator.TestExecutions.events;
import static io.github.sfnemulator.TestExecutions.json;
import static io.github.sfnemulator.TestExecutions.run;
import static io.github.sfnemulator.TestExecutions.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MapTest {

  @Test
  void maps_items_from_items_path_through_item_selector_with_the_item_context() {
    // GIVEN
    String definition =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "End": true,
          "ItemSelector": {"v.$": "$$.Map.Item.Value", "i.$": "$$.Map.Item.Index", "k.$": "$.k"},
          "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
        """;
    // WHEN
    Execution execution = run(definition, "{\"items\": [\"a\", \"b\"], \"k\": 9}");
    // THEN
    assertThat(execution.outputJson())
        .isEqualTo(
            json("[{\"v\": \"a\", \"i\": 0, \"k\": 9}, {\"v\": \"b\", \"i\": 1, \"k\": 9}]"));
    assertThat(
            events(execution, HistoryEventType.MapStateStarted)
                .get(0)
                .details()
                .get("length")
                .asInt())
        .isEqualTo(2);
  }

  @Test
  void maps_the_input_itself_without_items_path_and_with_the_deprecated_parameters_and_iterator() {
    String definition =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
          "Parameters": {"x.$": "$$.Map.Item.Value"},
          "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
        """;

    Execution execution = run(definition, "[1, 2, 3]");

    assertThat(execution.outputJson()).isEqualTo(json("[{\"x\": 1}, {\"x\": 2}, {\"x\": 3}]"));
  }

  @Test
  void an_empty_items_array_gives_an_empty_result() {
    String definition =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
          "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
        """;

    Execution execution = run(definition, "[]");

    assertThat(execution.outputJson()).isEqualTo(json("[]"));
  }

  /** Most iterations between MapIterationStarted and its end at any point of the history. */
  private static int maxInFlight(Execution execution) {
    int inFlight = 0;
    int max = 0;
    for (HistoryEvent e : execution.history()) {
      if (e.type() == HistoryEventType.MapIterationStarted) {
        max = Math.max(max, ++inFlight);
      } else if (e.type() == HistoryEventType.MapIterationSucceeded
          || e.type() == HistoryEventType.MapIterationFailed) {
        inFlight--;
      }
    }
    return max;
  }

  static Stream<Arguments> concurrency() {
    return Stream.of(
        Arguments.of("\"MaxConcurrency\": 1", 1, 150L),
        Arguments.of("\"MaxConcurrency\": 2", 2, 90L),
        Arguments.of("\"MaxConcurrencyPath\": \"$.limit\"", 3, 70L),
        Arguments.of("\"MaxConcurrency\": 0", 5, 50L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concurrency")
  void never_runs_more_than_max_concurrency_iterations_at_once(
      String field, int bound, long seconds) {
    // GIVEN iterations that wait 50, 10, 30, 20 and 40 seconds
    String definition =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", %s, "End": true,
          "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$", "End": true}}}}}}
        """
            .formatted(field);
    // WHEN
    Execution execution = run(definition, "{\"items\": [50, 10, 30, 20, 40], \"limit\": 3}");
    // THEN results stay in item order, the bound holds and is reached
    assertThat(execution.outputJson()).isEqualTo(json("[50, 10, 30, 20, 40]"));
    assertThat(maxInFlight(execution)).isEqualTo(bound);
    assertThat(execution.stopDate()).isEqualTo(START.plusSeconds(seconds));
  }

  @Test
  void a_failed_iteration_fails_the_state_and_aborts_the_running_ones() {
    // GIVEN item 1 fails at once while item 0 waits
    String definition =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
          "ItemProcessor": {"StartAt": "C", "States": {
            "C": {"Type": "Choice", "Choices": [{"Variable": "$", "StringEquals": "bad", "Next": "F"}], "Default": "W"},
            "W": {"Type": "Wait", "Seconds": 100, "End": true},
            "F": {"Type": "Fail", "Error": "ItemFailed", "Cause": "bad item"}}}}}}
        """;
    // WHEN
    Execution execution = run(definition, "[\"ok\", \"bad\"]");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("ItemFailed");
    assertThat(execution.cause()).isEqualTo("bad item");
    assertThat(types(execution))
        .contains(
            HistoryEventType.MapIterationFailed,
            HistoryEventType.WaitStateAborted,
            HistoryEventType.MapIterationAborted,
            HistoryEventType.MapStateFailed)
        .doesNotContain(HistoryEventType.WaitStateExited);
  }

  /** A distributed Map over {@code $.items} whose iterations fail on the item "bad". */
  private static String distributed(String fields) {
    return """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", %s "End": true,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "C", "States": {
              "C": {"Type": "Choice", "Choices": [{"Variable": "$", "StringEquals": "bad", "Next": "F"}], "Default": "Ok"},
              "Ok": {"Type": "Pass", "End": true},
              "F": {"Type": "Fail", "Error": "ItemFailed", "Cause": "bad item"}}}}}}
        """
        .formatted(fields);
  }

  static Stream<Arguments> tolerance() {
    String oneBad = "{\"items\": [\"ok\", \"bad\", \"ok\", \"ok\"], \"count\": 1, \"pct\": 25}";
    String twoBad = "{\"items\": [\"ok\", \"bad\", \"bad\", \"ok\"], \"count\": 1, \"pct\": 25}";
    return Stream.of(
        Arguments.of("\"ToleratedFailureCount\": 1,", oneBad, true),
        Arguments.of("\"ToleratedFailureCount\": 1,", twoBad, false),
        Arguments.of("\"ToleratedFailureCountPath\": \"$.count\",", oneBad, true),
        Arguments.of("\"ToleratedFailureCountPath\": \"$.count\",", twoBad, false),
        Arguments.of("\"ToleratedFailurePercentage\": 25,", oneBad, true),
        Arguments.of("\"ToleratedFailurePercentage\": 25,", twoBad, false),
        Arguments.of("\"ToleratedFailurePercentagePath\": \"$.pct\",", oneBad, true),
        Arguments.of("\"ToleratedFailurePercentagePath\": \"$.pct\",", twoBad, false),
        Arguments.of("\"ToleratedFailureCount\": 0,", oneBad, false));
  }

  @ParameterizedTest(name = "{0} on {1} -> tolerated {2}")
  @MethodSource("tolerance")
  void tolerates_failures_up_to_the_threshold(String field, String input, boolean tolerated) {
    Execution execution = run(distributed(field), input);

    if (tolerated) {
      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    } else {
      assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(execution.error()).isEqualTo(StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD);
    }
  }

  @Test
  void without_tolerance_a_distributed_map_fails_with_the_iteration_error() {
    Execution execution = run(distributed(""), "{\"items\": [\"ok\", \"bad\"]}");

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(types(execution)).contains(HistoryEventType.MapRunFailed);
  }

  @Test
  void batches_items_by_count_with_the_batch_input() {
    // GIVEN
    String definition =
        distributed(
                "\"ItemBatcher\": {\"MaxItemsPerBatch\": 2, \"BatchInput\": {\"job.$\": \"$.job\"}},")
            .replace("\"StringEquals\": \"bad\"", "\"IsNull\": true");
    // WHEN
    Execution execution = run(definition, "{\"items\": [1, 2, 3, 4, 5], \"job\": \"j\"}");
    // THEN
    assertThat(execution.outputJson())
        .isEqualTo(
            json(
                """
                [{"BatchInput": {"job": "j"}, "Items": [1, 2]},
                 {"BatchInput": {"job": "j"}, "Items": [3, 4]},
                 {"BatchInput": {"job": "j"}, "Items": [5]}]
                """));
  }

  @Test
  void batches_items_by_size() {
    // GIVEN items of about 100 bytes and at most 250 bytes per batch
    String hundred = "\"" + "x".repeat(98) + "\"";
    String definition =
        distributed("\"ItemBatcher\": {\"MaxInputBytesPerBatch\": 250},")
            .replace("\"StringEquals\": \"bad\"", "\"IsNull\": true");
    // WHEN
    Execution execution =
        run(
            definition,
            "{\"items\": ["
                + String.join(", ", hundred, hundred, hundred, hundred, hundred)
                + "]}");
    // THEN
    assertThat(execution.outputJson()).hasSize(3);
    assertThat(execution.outputJson())
        .extracting(b -> b.get("Items").size())
        .containsExactly(2, 2, 1);
  }

  @Test
  void a_non_array_items_value_fails_with_aws_cause() {
    String definition =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "End": true,
          "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
        """;

    Execution execution = run(definition, "{\"items\": true}");

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.cause())
        .isEqualTo(
            "An error occurred while executing the state 'M' (entered at the event id #2)."
                + " Map state input must be an array but was: true");
  }
}
