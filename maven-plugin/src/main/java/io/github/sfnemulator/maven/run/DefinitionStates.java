package io.github.sfnemulator.maven.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The states of a definition by name, with their types, Parallel branches and Map processors
 * included: what a scenario may name in {@code mocks} and {@code expect}.
 */
final class DefinitionStates {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  private final Map<String, String> typeByName;

  private DefinitionStates(Map<String, String> typeByName) {
    this.typeByName = typeByName;
  }

  /** Reads a definition (JSON or YAML) that the emulator has validated. */
  static DefinitionStates of(String definitionText) {
    JsonNode root;
    try {
      root = JSON.readTree(definitionText);
    } catch (JsonProcessingException notJson) {
      try {
        root = YAML.readTree(definitionText);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("The definition is neither JSON nor YAML", e);
      }
    }
    Map<String, String> types = new LinkedHashMap<>();
    collect(root, types);
    return new DefinitionStates(types);
  }

  private static void collect(JsonNode workflow, Map<String, String> types) {
    workflow
        .path("States")
        .properties()
        .forEach(
            e -> {
              JsonNode state = e.getValue();
              types.put(e.getKey(), state.path("Type").asText());
              state.path("Branches").forEach(b -> collect(b, types));
              collect(state.path("ItemProcessor"), types);
              collect(state.path("Iterator"), types);
            });
  }

  boolean has(String name) {
    return typeByName.containsKey(name);
  }

  /** The state's type (Task, Pass, Map...), or null when there is no such state. */
  String type(String name) {
    return typeByName.get(name);
  }

  /** The existing state whose name is closest to {@code name} (edit distance, ignoring case). */
  String closest(String name) {
    return typeByName.keySet().stream()
        .min(Comparator.comparingInt((String s) -> distance(s, name)).thenComparing(s -> s))
        .orElse(null);
  }

  private static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
