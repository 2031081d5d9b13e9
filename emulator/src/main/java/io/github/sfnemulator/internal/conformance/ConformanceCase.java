package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case recorded against AWS (see {@code conformance/README.md}): a definition, an input, the
 * Task states' recorded calls, and what AWS did.
 */
public record ConformanceCase(String id, Path file, JsonNode json) {

  public JsonNode definition() {
    return json.get("definition");
  }

  public JsonNode input() {
    return json.path("input");
  }

  public JsonNode expected() {
    return json.get("expected");
  }

  public JsonNode mocks() {
    return json.path("mocks");
  }

  public List<String> maskedValues() {
    List<String> out = new ArrayList<>();
    json.path("masked_values").forEach(v -> out.add(v.asText()));
    return out;
  }

  public static ConformanceCase read(Path file) {
    try {
      JsonNode json = Json.parse(Files.readString(file));
      return new ConformanceCase(json.path("id").asText(file.toString()), file, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code *.json} case under {@code dir}, recursively, in path order. */
  public static List<ConformanceCase> readAll(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .map(ConformanceCase::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
