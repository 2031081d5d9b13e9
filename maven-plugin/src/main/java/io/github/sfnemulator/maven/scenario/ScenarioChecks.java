package io.github.sfnemulator.maven.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules the schema states but Jackson does not enforce: required fields, unique names. */
final class ScenarioChecks {
  private ScenarioChecks() {}

  static void check(Scenario scenario, String file) {
    if (blank(scenario.definition())) {
      throw fail(
          file,
          "",
          "'definition' is required: the path of the .asl.json file, relative to the project");
    }
    if (scenario.cases().isEmpty()) {
      throw fail(file, "", "'cases' is required and must list at least one case");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < scenario.cases().size(); i++) {
      ScenarioCase c = scenario.cases().get(i);
      String at = "cases[" + i + "]";
      if (c == null || blank(c.name())) {
        throw fail(file, at, "every case needs a 'name'");
      }
      if (!names.add(c.name())) {
        throw fail(
            file, at, "the case name '" + c.name() + "' is used twice; names must be unique");
      }
      ReplayChecks.check(file, at, c);
      checkMocks(file, at, c.mocks());
      checkExpectations(file, at + ".expect", c.expect());
    }
  }

  private static void checkMocks(String file, String at, Map<String, List<MockResponse>> mocks) {
    mocks.forEach(
        (state, responses) -> {
          String here = at + ".mocks." + state;
          if (responses == null || responses.isEmpty()) {
            throw fail(file, here, "give at least one response (return, throw or timeout)");
          }
          for (int i = 0; i < responses.size(); i++) {
            MockResponse r = responses.get(i);
            if (r == null || r.answerCount() != 1) {
              throw fail(
                  file,
                  here + "[" + i + "]",
                  "each response has exactly one of 'return', 'throw', 'timeout: true' or"
                      + " 'callback'");
            }
            if (r.throwsError() != null && blank(r.throwsError().error())) {
              throw fail(
                  file, here + "[" + i + "].throw", "'error' is required, e.g. States.TaskFailed");
            }
            if (r.callback() != null) {
              checkCallback(file, here + "[" + i + "].callback", r.callback());
            }
          }
        });
  }

  private static void checkCallback(String file, String at, MockCallback c) {
    if (c.success() != null && c.failure() != null) {
      throw fail(file, at, "give 'success' or 'failure', not both");
    }
    if (c.success() == null && c.failure() == null && c.heartbeats().isEmpty()) {
      throw fail(
          file,
          at,
          "give 'success' (the output sent with the token), 'failure' ({error, cause}) or"
              + " 'heartbeats' alone, e.g. {after: 2h, success: {approved: true}}");
    }
    if (c.failure() != null && blank(c.failure().error())) {
      throw fail(file, at + ".failure", "'error' is required, e.g. Approval.Rejected");
    }
    if (c.after() != null && c.success() == null && c.failure() == null) {
      throw fail(file, at + ".after", "is when 'success' or 'failure' is sent: give one of them");
    }
    try {
      MockCallbacks.toTokenCallback(c);
    } catch (IllegalArgumentException e) {
      throw fail(file, at, e.getMessage());
    }
  }

  private static void checkExpectations(String file, String at, Expectations e) {
    if (e.output() != null && e.outputContains() != null) {
      throw fail(
          file,
          at,
          "give either 'output' (the whole output) or 'outputContains' (a subset), not both");
    }
    if (e.retries() != null) {
      e.retries()
          .forEach(
              (state, count) -> {
                if (count == null || count < 0) {
                  throw fail(file, at + ".retries." + state, "must be a count of 0 or more");
                }
              });
    }
    if (e.calls() != null) {
      e.calls()
          .forEach(
              (state, calls) -> {
                if (calls == null || calls.isEmpty()) {
                  throw fail(
                      file,
                      at + ".calls." + state,
                      "list the calls in order, e.g. [{parametersContain: {Message: hi}}]");
                }
                for (int i = 0; i < calls.size(); i++) {
                  ExpectedCall c = calls.get(i);
                  if (c != null && c.parameters() != null && c.parametersContain() != null) {
                    throw fail(
                        file,
                        at + ".calls." + state + "[" + i + "]",
                        "give either 'parameters' (the whole parameters) or 'parametersContain'"
                            + " (a subset), not both");
                  }
                }
              });
    }
    if (e.catches() != null) {
      for (int i = 0; i < e.catches().size(); i++) {
        ExpectedCatch c = e.catches().get(i);
        if (c == null || blank(c.state())) {
          throw fail(
              file,
              at + ".catches[" + i + "]",
              "'state' is required: the state whose error was caught");
        }
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static ScenarioException fail(String file, String at, String message) {
    return new ScenarioException(file + ": " + (at.isEmpty() ? "" : at + ": ") + message);
  }
}
