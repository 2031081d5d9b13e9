package io.github.sfnemulator.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One generated case: a definition and an execution input, both as the text a user would send
 * (either may be invalid). Saved as {@code {"target", "definition", "input"}} when it fails, and
 * replayed from {@code src/test/resources/fuzz/corpus}.
 */
record FuzzCase(String target, String definition, String input) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static FuzzCase read(Path file) {
    try {
      JsonNode node = MAPPER.readTree(Files.readString(file));
      return new FuzzCase(
          node.path("target").asText("corpus"),
          node.get("definition").asText(),
          node.get("input").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String toJson() {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("target", target).put("definition", definition).put("input", input);
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return target + " " + abbreviate(definition) + " with input " + abbreviate(input);
  }

  private static String abbreviate(String text) {
    return text.length() <= 400
        ? text
        : text.substring(0, 400) + "... (" + text.length() + " chars)";
  }
}
