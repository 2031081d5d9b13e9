package io.github.sfnemulator.maven.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;

/**
 * How an execution ended, in process or at a remote target.
 *
 * @param output the output of a SUCCEEDED execution, else null
 */
record Ended(ExecutionStatus status, JsonNode outputJson, String error, String cause) {
  static Ended of(Execution execution) {
    return new Ended(
        execution.status(), execution.outputJson(), execution.error(), execution.cause());
  }
}
