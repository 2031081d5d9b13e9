package io.github.sfnemulator.internal.query.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the recorded cases whose machine has only JSONata Pass states through a tiny linear driver
 * (Assign and Output both see the values at state entry; Assign lands after Output), comparing
 * output or error and cause with what AWS recorded. Cases outside that shape are skipped with the
 * reason.
 */
class JsonataPassConformanceTest {
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  @TestFactory
  Stream<DynamicTest> jsonata_pass_cases() throws IOException {
    String dir = System.getProperty("sfn.conformance.dir");
    assumeThat(dir != null && Files.isDirectory(Path.of(dir)))
        .as("conformance corpus folder (sfn.conformance.dir) is absent")
        .isTrue();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(dir))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode recorded = Json.parse(Files.readString(file));
        if (isJsonataPassOnly(recorded.path("definition"))) {
          tests.add(DynamicTest.dynamicTest(recorded.path("id").asText(), () -> run(recorded)));
        }
      }
    }
    return tests.stream();
  }

  private static boolean isJsonataPassOnly(JsonNode definition) {
    JsonNode states = definition.path("States");
    if (!states.isObject() || states.isEmpty()) {
      return false;
    }
    boolean anyJsonata = false;
    for (JsonNode state : states) {
      if (!"Pass".equals(state.path("Type").asText())) {
        return false;
      }
      anyJsonata |= "JSONata".equals(queryLanguage(definition, state));
    }
    return anyJsonata;
  }

  private static String queryLanguage(JsonNode definition, JsonNode state) {
    return state.path("QueryLanguage").asText(definition.path("QueryLanguage").asText("JSONPath"));
  }

  private static void run(JsonNode recorded) {
    JsonNode definition = recorded.get("definition");
    for (JsonNode state : definition.get("States")) {
      assumeThat(queryLanguage(definition, state))
          .as("driver runs JSONata states only; this case mixes in JSONPath states")
          .isEqualTo("JSONata");
    }
    JsonNode expected = recorded.get("expected");
    JsonNode executionInput = recorded.get("input");
    Map<String, JsonNode> variables = new HashMap<>();
    JsonNode value = executionInput;
    String name = definition.get("StartAt").asText();
    int enteredEventId = 2;
    while (true) {
      JsonNode state = definition.get("States").get(name);
      JsonNode context =
          Json.parse(
              "{\"Execution\":{\"Input\":"
                  + Json.write(executionInput)
                  + "},\"State\":{\"Name\":"
                  + Json.write(Json.NODES.textNode(name))
                  + "}}");
      TestScope scope = TestScope.withInput(value).variables(variables);
      scope.context(Json.write(context));
      try {
        Map<String, JsonNode> assigned = new HashMap<>();
        if (state.has("Assign")) {
          JsonNode assign = JsonataTemplate.compile("Assign", state.get("Assign")).evaluate(scope);
          assign.fields().forEachRemaining(e -> assigned.put(e.getKey(), e.getValue()));
        }
        if (state.has("Output")) {
          value = JsonataTemplate.compile("Output", state.get("Output")).evaluate(scope);
        }
        variables.putAll(assigned);
      } catch (StatesException e) {
        assertThat(expected.path("status").asText()).as("status").isEqualTo("FAILED");
        assertThat(e.error()).isEqualTo(expected.path("error").asText());
        assertThat(
                "An error occurred while executing the state '"
                    + name
                    + "' (entered at the event id #"
                    + enteredEventId
                    + "). "
                    + e.cause())
            .isEqualTo(expected.path("cause").asText());
        return;
      }
      if (state.path("End").asBoolean(false)) {
        break;
      }
      name = state.get("Next").asText();
      enteredEventId += 2;
    }
    assertThat(expected.path("status").asText()).as("status").isEqualTo("SUCCEEDED");
    assertThat(value.equals(BY_VALUE, expected.get("output")))
        .as("output %s equals %s", value, expected.get("output"))
        .isTrue();
  }
}
