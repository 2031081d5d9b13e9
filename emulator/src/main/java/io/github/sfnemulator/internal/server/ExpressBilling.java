package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.Execution;
import java.time.Duration;

/**
 * StartSyncExecution's {@code billingDetails}, as AWS bills an Express execution: its duration
 * rounded up to the next 100 ms, and memory in 64-MB steps. The emulator measures no memory, so it
 * bills the first step, 64 MB, as AWS does for a small execution; the duration is the execution's
 * on the emulator's clock.
 */
final class ExpressBilling {
  static final long DURATION_STEP_MS = 100;
  static final long MEMORY_STEP_MB = 64;

  private ExpressBilling() {}

  static ObjectNode details(Execution execution) {
    long ms =
        execution.stopDate() == null
            ? 0
            : Duration.between(execution.startDate(), execution.stopDate()).toMillis();
    long billed = Math.max(1, (ms + DURATION_STEP_MS - 1) / DURATION_STEP_MS) * DURATION_STEP_MS;
    return ApiJson.object()
        .put("billedMemoryUsedInMB", MEMORY_STEP_MB)
        .put("billedDurationInMilliseconds", billed);
  }
}
