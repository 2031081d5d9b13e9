package io.github.sfnemulator.maven.run;

import java.util.List;

/**
 * The outcome of one scenario file.
 *
 * <pre>{@code
 * ScenarioResult result = runner.run(ScenarioReader.read(file), "order.sfn-test.yaml");
 * if (!result.passed()) {
 *   System.out.println(result.count(CaseResult.Outcome.FAILED) + " case(s) failed");
 * }
 * }</pre>
 *
 * @param name the scenario's name (names the report file)
 * @param file the scenario file as shown to the user
 * @param cases the cases run, in order
 * @param error why the scenario could not run at all, or null
 */
public record ScenarioResult(String name, String file, List<CaseResult> cases, String error) {

  public ScenarioResult {
    cases = List.copyOf(cases);
  }

  static ScenarioResult error(String name, String file, String error) {
    return new ScenarioResult(name, file, List.of(), error);
  }

  public boolean passed() {
    return error == null && cases.stream().allMatch(CaseResult::passed);
  }

  public long count(CaseResult.Outcome outcome) {
    return cases.stream().filter(c -> c.outcome() == outcome).count();
  }

  public long millis() {
    return cases.stream().mapToLong(CaseResult::millis).sum();
  }
}
