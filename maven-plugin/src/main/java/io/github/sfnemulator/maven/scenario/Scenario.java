package io.github.sfnemulator.maven.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One scenario file: a state machine definition and the cases run against it.
 *
 * <pre>{@code
 * definition: src/main/resources/order.asl.json
 * cases:
 *   - name: happy path
 *     input: {orderId: o-1}
 *     mocks:
 *       Charge: [{return: {charged: true}}]
 *     expect:
 *       path: [Validate, Charge, Notify]
 * }</pre>
 *
 * @param name the scenario's name in reports; defaults to the file name without its suffix
 * @param definition the definition file, relative to the project's base directory
 * @param stateMachineName the state machine's name; defaults to the definition's file name without
 *     {@code .asl.json}/{@code .asl.yaml}. A MockConfigFile.json finds its test cases under it
 * @param mockConfig an AWS Step Functions Local MockConfigFile.json, relative to the base directory
 * @param testCase the mock config test case every case runs under, unless the case names another
 * @param cases the cases, run in order, each in a fresh emulator
 * @param backends real AWS services for the Task states no mock answers, or null for none
 */
// "$schema" lets editors find sfn-test.schema.json; it is no part of the scenario.
@JsonIgnoreProperties("$schema")
public record Scenario(
    String name,
    String definition,
    String stateMachineName,
    String mockConfig,
    String testCase,
    List<ScenarioCase> cases,
    ScenarioBackends backends) {

  public Scenario {
    cases = cases == null ? List.of() : List.copyOf(cases);
  }

  /** A scenario whose Task states are answered by mocks only. */
  public Scenario(
      String name,
      String definition,
      String stateMachineName,
      String mockConfig,
      String testCase,
      List<ScenarioCase> cases) {
    this(name, definition, stateMachineName, mockConfig, testCase, cases, null);
  }

  /** This scenario named {@code fallback} when it has no name of its own. */
  public Scenario withDefaultName(String fallback) {
    return name != null && !name.isBlank()
        ? this
        : new Scenario(
            fallback, definition, stateMachineName, mockConfig, testCase, cases, backends);
  }

  /** This scenario with only the cases {@code kept}. */
  public Scenario withCases(List<ScenarioCase> kept) {
    return new Scenario(name, definition, stateMachineName, mockConfig, testCase, kept, backends);
  }
}
