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
    boolean callback = node.has("Callback");
    if ((ret ? 1 : 0) + (thr ? 1 : 0) + (callback ? 1 : 0) != 1 || node.size() != 1) {
      throw new MockConfigException(
          pointer,
          "must have exactly one field, Return or Throw (or Callback, sfn-emulator's extension)");
    }
    if (ret) {
      return TaskResponse.returning(node.get("Return"));
    }
    if (callback) {
      return callback(object(node.get("Callback"), pointer + "/Callback"), pointer + "/Callback");
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

  private static final List<String> CALLBACK_FIELDS =
      List.of("CallResult", "After", "Heartbeats", "Success", "Failure");

  /**
   * sfn-emulator's extension for callback tasks: {@code {"After": "PT2H", "Heartbeats": ["PT30M"],
   * "Success": <output>}} or {@code "Failure": {"Error", "Cause"}}, and an optional {@code
   * CallResult} (what the service call answered).
   */
  private static TokenCallback callback(JsonNode node, String pointer) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!CALLBACK_FIELDS.contains(field)) {
        throw new MockConfigException(
            pointer + "/" + escape(field), "unknown field; a Callback has " + CALLBACK_FIELDS);
      }
    }
    if (node.has("Success") && node.has("Failure")) {
      throw new MockConfigException(pointer, "give Success or Failure, not both");
    }
    TokenCallback c;
    if (node.has("Success")) {
      c = TokenCallback.success(node.get("Success"));
    } else if (node.has("Failure")) {
      JsonNode f = object(node.get("Failure"), pointer + "/Failure");
      JsonNode error = f.get("Error");
      if (error == null || !error.isTextual()) {
        throw new MockConfigException(
            pointer + "/Failure/Error", "must be a string (the error name)");
      }
      JsonNode cause = f.get("Cause");
      c =
          TokenCallback.failure(
              error.asText(), cause == null || cause.isNull() ? null : cause.asText());
    } else if (node.has("Heartbeats")) {
      c = TokenCallback.heartbeatsOnly();
    } else {
      throw new MockConfigException(
          pointer, "give Success (the output) or Failure (Error, Cause), or Heartbeats alone");
    }
    if (node.has("After")) {
      if (!node.has("Success") && !node.has("Failure")) {
        throw new MockConfigException(
            pointer + "/After", "needs Success or Failure: it is when they are sent");
      }
      c = c.after(delay(node.get("After"), pointer + "/After"));
    }
    if (node.has("Heartbeats")) {
      JsonNode beats = node.get("Heartbeats");
      if (!beats.isArray()) {
        throw new MockConfigException(pointer + "/Heartbeats", "must be an array of delays");
      }
      List<java.time.Duration> at = new ArrayList<>();
      for (int i = 0; i < beats.size(); i++) {
        at.add(delay(beats.get(i), pointer + "/Heartbeats/" + i));
      }
      try {
        c = c.withHeartbeatsAt(at.toArray(java.time.Duration[]::new));
      } catch (IllegalArgumentException e) {
        throw new MockConfigException(pointer + "/Heartbeats", e.getMessage());
      }
    }
    if (node.has("CallResult")) {
      c = c.withCallResult(node.get("CallResult"));
    }
    return c;
  }

  private static java.time.Duration delay(JsonNode node, String pointer) {
    try {
      return TokenCallback.parseDelay(node.isTextual() ? node.asText() : node.toString());
    } catch (IllegalArgumentException e) {
      throw new MockConfigException(pointer, e.getMessage());
    }
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
