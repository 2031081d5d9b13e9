package io.github.sfnemulator.maven.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.ExecutionStatus;
import java.util.List;
import java.util.Map;

/**
 * What a case's execution must show. Every field is optional; an absent field is not checked.
 *
 * <pre>{@code
 * expect:
 *   path: [Validate, Charge, Refund, OrderFailed]
 *   retries: {Charge: 2}
 *   catches: [{state: Charge, error: CardDeclined, next: Refund}]
 *   error: OrderFailed
 * }</pre>
 *
 * @param status the final status; when absent, FAILED if {@code error} or {@code cause} is given,
 *     else SUCCEEDED
 * @param output the whole output, compared as JSON (numbers by value)
 * @param outputContains a subset of the output: objects may have more fields, arrays must have the
 *     same length and each element must contain the expected one
 * @param path the exact names of the states entered, in order (inner states of Map and Parallel
 *     included, a Distributed Map's child executions' after the Map)
 * @param retries per state, how many times its Task was retried in total
 * @param catches the Catch transitions taken, in order
 * @param calls per Task state, the parameters of its first, second... call; later calls are not
 *     checked
 * @param error the execution's error name
 * @param cause the execution's cause text
 */
public record Expectations(
    ExecutionStatus status,
    JsonNode output,
    JsonNode outputContains,
    List<String> path,
    Map<String, Integer> retries,
    List<ExpectedCatch> catches,
    Map<String, List<ExpectedCall>> calls,
    String error,
    String cause) {

  /** No expectation but the default status. */
  public static final Expectations NONE =
      new Expectations(null, null, null, null, null, null, null, null, null);

  /** The status to check: the given one, or the one implied by {@code error}/{@code cause}. */
  public ExecutionStatus expectedStatus() {
    if (status != null) {
      return status;
    }
    return error != null || cause != null ? ExecutionStatus.FAILED : ExecutionStatus.SUCCEEDED;
  }
}
