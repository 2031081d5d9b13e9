package io.github.sfnemulator.internal.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The figures of one sequential benchmark run, printed with the field names of the peer harness.
 *
 * @param workload the workload name
 * @param warmup untimed executions run first
 * @param nanos the latency of each timed execution
 * @param totalNanos wall time of all timed executions
 * @param failures timed executions that ended with another status than the first one
 */
public record BenchResult(
    String workload, int warmup, long[] nanos, long totalNanos, int failures) {

  public int executions() {
    return nanos.length;
  }

  public double seconds() {
    return totalNanos / 1e9;
  }

  public double executionsPerSecond() {
    return executions() / seconds();
  }

  /** The latency at percentile {@code p} in microseconds, by the peer harness's nearest rank. */
  public long percentileMicros(double p) {
    if (nanos.length == 0) {
      return 0;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int idx =
        (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1));
    return Math.round(sorted[idx] / 1000.0);
  }

  /** {@code {workload, executions, seconds, executions_per_sec, p50_us, p99_us, ...}}. */
  public ObjectNode toJson() {
    ObjectNode o = Json.NODES.objectNode();
    o.put("workload", workload);
    o.put("executions", executions());
    o.put("seconds", round(seconds(), 4));
    o.put("executions_per_sec", round(executionsPerSecond(), 2));
    o.put("p50_us", percentileMicros(50));
    o.put("p99_us", percentileMicros(99));
    o.put("warmup", warmup);
    o.put("failures", failures);
    return o;
  }

  static BigDecimal round(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
