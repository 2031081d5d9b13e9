package io.github.sfnemulator.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * AWS Step Functions Local's MockConfigFile.json, read as is: StateMachines → TestCases → state →
 * mocked response name; MockedResponses with keys "0", "1-2"... and a Return or a Throw (Error,
 * Cause) each. Immutable and thread-safe.
 *
 * <pre>{@code
 * MockConfig config = MockConfig.fromPath(Path.of("MockConfigFile.json"));
 * MockConfigTestCase happy = config.testCase("LambdaSQSIntegration", "HappyPath");
 * happy.validateStates(Set.of("LambdaState", "SQSState"));
 * TaskResponder responder = happy.orElse(awsBackends); // unmocked states go to AWS
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MockConfig {
  private final Map<String, Map<String, Map<String, String>>> machines;
  private final Map<String, MockedSteps> responses;

  private MockConfig(
      Map<String, Map<String, Map<String, String>>> machines, Map<String, MockedSteps> responses) {
    this.machines = machines;
    this.responses = responses;
  }

  /** Parses the file's text; a malformed file is a {@link MockConfigException} with a pointer. */
  public static MockConfig parse(String json) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new MockConfigException("", "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new MockConfigException(
          "", "must be a JSON object with StateMachines and MockedResponses");
    }
    Map<String, MockedSteps> responses = MockConfigParser.responses(root);
    return new MockConfig(MockConfigParser.stateMachines(root, responses), responses);
  }

  public static MockConfig fromPath(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read mock config " + file, e);
    }
  }

  public Set<String> stateMachines() {
    return machines.keySet();
  }

  /** The test cases of {@code stateMachine}; a {@link MockConfigException} if there is none. */
  public Set<String> testCases(String stateMachine) {
    return machine(stateMachine).keySet();
  }

  /** The test case {@code testCase} of {@code stateMachine} (the name, not the ARN). */
  public MockConfigTestCase testCase(String stateMachine, String testCase) {
    Map<String, String> states = machine(stateMachine).get(testCase);
    if (states == null) {
      throw new MockConfigException(
          null,
          "State machine '"
              + stateMachine
              + "' has no test case '"
              + testCase
              + "' in the mock config. Test cases: "
              + machines.get(stateMachine).keySet());
    }
    Map<String, MockedSteps> byState = new LinkedHashMap<>();
    states.forEach((state, response) -> byState.put(state, responses.get(response)));
    return new MockConfigTestCase(stateMachine, testCase, byState);
  }

  /** The test case as a responder; states it does not mock go to {@code fallback}. */
  public TaskResponder responder(String stateMachine, String testCase, TaskResponder fallback) {
    return testCase(stateMachine, testCase).orElse(fallback);
  }

  /** The test case as a responder; states it does not mock fail with States.Runtime. */
  public TaskResponder responder(String stateMachine, String testCase) {
    return responder(stateMachine, testCase, TaskResponder.none());
  }

  private Map<String, Map<String, String>> machine(String stateMachine) {
    Map<String, Map<String, String>> m = machines.get(stateMachine);
    if (m == null) {
      throw new MockConfigException(
          null,
          "The mock config has no state machine '"
              + stateMachine
              + "'. State machines: "
              + machines.keySet());
    }
    return m;
  }
}
