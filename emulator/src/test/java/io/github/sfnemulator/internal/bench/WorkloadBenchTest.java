package io.github.sfnemulator.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;

/** Runs small workloads through the emulator: mocks, expectation check and result shape. */
class WorkloadBenchTest {
  private static final String RETRY =
      "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
          + "\"Retry\":[{\"ErrorEquals\":[\"Flaky\"],\"IntervalSeconds\":3600,\"MaxAttempts\":2}],"
          + "\"ResultSelector\":{\"n.$\":\"$.Payload.n\"},\"End\":true}}}";
  private static final String MOCKS =
      "{\"T\":[{\"Throw\":{\"Error\":\"Flaky\",\"Cause\":\"x\"}},{\"Return\":{\"Payload\":{\"n\":2.0}}}]}";

  @Test
  void retried_task_gets_the_next_mock_response_in_each_execution() {
    Workload w = workload("SUCCEEDED", "{\"n\":2}");

    BenchResult result = new WorkloadBench(w).runSequential(5, 2);

    assertThat(result.executions()).isEqualTo(5);
    assertThat(result.failures()).isZero();
    assertThat(result.toJson().fieldNames())
        .toIterable()
        .startsWith("workload", "executions", "seconds", "executions_per_sec", "p50_us", "p99_us");
  }

  @Test
  void output_mismatch_fails_with_both_values() {
    Workload w = workload("SUCCEEDED", "{\"n\":3}");

    assertThatThrownBy(() -> new WorkloadBench(w).runSequential(1, 0))
        .isInstanceOf(WorkloadBench.ExpectationFailed.class)
        .hasMessage("w: expected output {\"n\":3} but was {\"n\":2.0}");
  }

  @Test
  void status_mismatch_names_the_error() {
    Workload w = workload("FAILED", null);

    assertThatThrownBy(() -> new WorkloadBench(w).runSequential(1, 0))
        .hasMessage("w: expected status FAILED but it ended SUCCEEDED");
  }

  @Test
  void output_compares_by_value_ignoring_key_order_and_number_form() {
    assertThat(
            Expectation.sameValue(
                Json.parse("{\"a\":1,\"b\":[2]}"), Json.parse("{\"b\":[2.00],\"a\":1.0}")))
        .isTrue();
    assertThat(Expectation.sameValue(Json.parse("{\"a\":1}"), Json.parse("{\"a\":\"1\"}")))
        .isFalse();
    assertThat(Expectation.sameValue(Json.parse("{\"a\":1}"), Json.parse("{\"a\":1,\"b\":null}")))
        .isFalse();
  }

  @Test
  void concurrent_run_reports_a_positive_rate() {
    assertThat(new WorkloadBench(workload("SUCCEEDED", null)).runConcurrent(4, 0, 2)).isPositive();
  }

  @Test
  void percentiles_use_the_nearest_rank() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1000L;
    }
    BenchResult r = new BenchResult("w", 0, nanos, 1_000_000_000L, 0);

    assertThat(r.percentileMicros(50)).isEqualTo(50);
    assertThat(r.percentileMicros(99)).isEqualTo(99);
    assertThat(r.executionsPerSecond()).isEqualTo(100.0);
  }

  private static Workload workload(String status, String output) {
    return new Workload(
        "w",
        "W0",
        RETRY,
        "{}",
        1,
        true,
        Json.parse(MOCKS),
        status,
        output == null ? null : Json.parse(output));
  }
}
