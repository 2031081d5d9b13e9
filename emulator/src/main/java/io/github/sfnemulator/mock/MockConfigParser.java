package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the MockConfigFile.json format of AWS Step Functions Local; errors carry JSON pointers. */
final class MockConfigParser {
  private static final Pattern KEY = Pattern.compile("^(\\d+)(?:-(\\d+))?$");

  private MockConfigParser() {}

  static Map<String, MockedSteps> responses(JsonNode root) {
    JsonNode node = object(root.get("MockedResponses"), "/MockedResponses");
    Map<String, MockedSteps> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(
          e.getKey(), steps(e.getKey(), e.getValue(), "/MockedResponses/" + escape(e.getKey())));
    }
    return out;
  }

  /** State machine name → test case name → state name → mocked response name. */
  static Map<String, Map<String, Map<String, String>>> stateMachines(
      JsonNode root, Map<String, MockedSteps> responses) {
    JsonNode machines = object(root.get("StateMachines"), "/StateMachines");
    Map<String, Map<String, Map<String, String>>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> m = machines.fields(); m.hasNext(); ) {
      Map.Entry<String, JsonNode> machine = m.next();
      String mp = "/StateMachines/" + escape(machine.getKey());
      object(machine.getValue(), mp);
      JsonNode cases = object(machine.getValue().get("TestCases"), mp + "/TestCases");
      Map<String, Map<String, String>> byCase = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> c = cases.fields(); c.hasNext(); ) {
        Map.Entry<String, JsonNode> testCase = c.next();
        String cp = mp + "/TestCases/" + escape(testCase.getKey());
        object(testCase.getValue(), cp);
        Map<String, String> states = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> s = testCase.getValue().fields();
            s.hasNext(); ) {
          Map.Entry<String, JsonNode> state = s.next();
          String sp = cp + "/" + escape(state.getKey());
          if (!state.getValue().isTextual()) {
            throw new MockConfigException(sp, "must be the name of a mocked response (a string)");
          }
          if (!responses.containsKey(state.getValue().asText())) {
            throw new MockConfigException(
                sp,
                "the mocked response '"
                    + state.getValue().asText()
                    + "' is not defined in MockedResponses. Defined: "
                    + responses.keySet());
          }
          states.put(state.getKey(), state.getValue().asText());
        }
        byCase.put(testCase.getKey(), states);
      }
      out.put(machine.getKey(), byCase);
    }
    return out;
  }

  private static MockedSteps steps(String name, JsonNode node, String pointer) {
    object(node, pointer);
    List<MockedSteps.Range> ranges = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String p = pointer + "/" + escape(e.getKey());
      Matcher k = KEY.matcher(e.getKey());
      if (!k.matches()) {
        throw new MockConfigException(
            p, "a key must be an invocation number such as \"0\" or a range such as \"1-2\"");
      }
      int from = Integer.parseInt(k.group(1));
      int to = k.group(2) == null ? from : Integer.parseInt(k.group(2));
      if (to < from) {
        throw new MockConfigException(p, "the range ends before it starts");
      }
      ranges.add(new MockedSteps.Range(from, to, response(e.getValue(), p)));
    }
    if (ranges.isEmpty()) {
      throw new MockConfigException(pointer, "a mocked response needs at least the key \"0\"");
    }
    ranges.sort(Comparator.comparingInt(MockedSteps.Range::from));
    int next = 0;
    for (MockedSteps.Range r : ranges) {
      if (r.from() != next) {
        throw new MockConfigException(
            pointer,
            r.from() < next
                ? "the keys overlap at invocation " + r.from()
                : "no response for invocation "
                    + next
                    + "; the keys must cover 0, 1, 2... without gaps");
      }
      next = r.to() + 1;
    }
    return new MockedSteps(name, List.copyOf(ranges));
  }

  private static TaskResponse response(JsonNode node, String pointer) {
    object(node, pointer);
    boolean ret = node.has("Return");
    boolean thr = node.has("Throw");
    if (ret == thr || node.size() != 1) {
      throw new MockConfigException(pointer, "must have exactly one field, Return or Throw");
    }
    if (ret) {
      return TaskResponse.returning(node.get("Return"));
    }
    JsonNode t = object(node.get("Throw"), pointer + "/Throw");
    JsonNode error = t.get("Error");
    if (error == null || !error.isTextual()) {
      throw new MockConfigException(pointer + "/Throw/Error", "must be a string (the error name)");
    }
    JsonNode cause = t.get("Cause");
    if (cause != null && !cause.isTextual() && !cause.isNull()) {
      throw new MockConfigException(pointer + "/Throw/Cause", "must be a string");
    }
    return TaskResponse.throwing(
        error.asText(), cause == null || cause.isNull() ? null : cause.asText());
  }

  private static JsonNode object(JsonNode node, String pointer) {
    if (node == null || !node.isObject()) {
      throw new MockConfigException(
          pointer, node == null ? "is missing (an object is required)" : "must be an object");
    }
    return node;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
