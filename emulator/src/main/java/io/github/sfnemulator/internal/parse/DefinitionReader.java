package io.github.sfnemulator.internal.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.Severity;

/**
 * Reads definition text (JSON, or YAML when it does not start with '{') into a JSON tree. Text that
 * cannot be read becomes a diagnostic, never an exception.
 */
public final class DefinitionReader {
  /** Deeper than any definition AWS accepts; guards against absurd nesting. */
  static final int MAX_NESTING = 500;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .nodeFactory(Json.NODES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final ObjectMapper YAML;

  static {
    YAMLFactory factory = YAMLFactory.builder().build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
    YAML =
        YAMLMapper.builder(factory)
            .nodeFactory(Json.NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
  }

  /** The result of reading: a tree, or the diagnostic that says why there is none. */
  public record Read(JsonNode tree, Diagnostic problem) {
    public boolean ok() {
      return tree != null;
    }
  }

  private DefinitionReader() {}

  public static Read read(String text) {
    if (text == null || text.isBlank()) {
      return failed("The definition is empty: provide a JSON object with 'StartAt' and 'States'.");
    }
    boolean json = text.stripLeading().startsWith("{") || text.stripLeading().startsWith("[");
    try {
      JsonNode tree = (json ? JSON : YAML).readTree(text);
      if (tree == null || tree.isMissingNode()) {
        return failed("The definition is empty: provide a JSON object with 'StartAt' and 'States'.");
      }
      if (!tree.isObject()) {
        return failed(
            "The definition must be a JSON object with 'StartAt' and 'States', not "
                + article(tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
                + ".");
      }
      return new Read(tree, null);
    } catch (JsonProcessingException e) {
      return failed(
          "The definition is not valid "
              + (json ? "JSON" : "YAML")
              + ": "
              + e.getOriginalMessage()
              + location(e));
    } catch (RuntimeException e) {
      return failed("The definition cannot be read: " + e.getMessage());
    }
  }

  private static String location(JsonProcessingException e) {
    var loc = e.getLocation();
    return loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
  }

  private static String article(String type) {
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }

  private static Read failed(String message) {
    return new Read(null, new Diagnostic(Severity.ERROR, "SCHEMA_VALIDATION_FAILED", "", message));
  }
}
