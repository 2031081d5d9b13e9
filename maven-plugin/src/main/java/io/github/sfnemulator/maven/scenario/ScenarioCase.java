package io.github.sfnemulator.maven.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One execution of a scenario's state machine and what it must show.
 *
 * <pre>{@code
 * cases:
 *   - name: declined card is refunded
 *     input: {orderId: o-3}
 *     mocks:
 *       Charge: [{throw: {error: CardDeclined, cause: insufficient funds}}]
 *     expect: {status: FAILED, error: OrderFailed}
 * }</pre>
 *
 * @param name the case's name in reports and for {@code -Dsfn.test}
 * @param input the execution input; {@code {}} when absent
 * @param testCase the MockConfigFile.json test case, overriding the scenario's
 * @param mocks per Task state name, its answers in order; the last one repeats
 * @param expect what the execution must show; a SUCCEEDED status when absent
 * @param replay a recorded AWS execution to replay instead of input, mocks and expectations
 */
public record ScenarioCase(
    String name,
    JsonNode input,
    String testCase,
    Map<String, List<MockResponse>> mocks,
    Expectations expect,
    ReplayFiles replay) {

  public ScenarioCase {
    mocks = mocks == null ? Map.of() : mocks;
    expect = expect == null ? Expectations.NONE : expect;
  }

  /** A case that is not a replay. */
  public ScenarioCase(
      String name,
      JsonNode input,
      String testCase,
      Map<String, List<MockResponse>> mocks,
      Expectations expect) {
    this(name, input, testCase, mocks, expect, null);
  }
}
