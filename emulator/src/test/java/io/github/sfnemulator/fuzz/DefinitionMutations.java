package io.github.sfnemulator.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Real definitions with one value changed: the module's own ASL files plus, when {@code
 * sfn.conformance.dir} points at it, every definition recorded against AWS. A mutation replaces a
 * value anywhere in the tree with a generated path, intrinsic call, JSONata expression or JSON
 * value, removes a field, or adds one with an ASL field name. Most results are nearly valid, which
 * is where the validator and the model builder are most likely to decide differently.
 */
final class DefinitionMutations {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] FIELDS = {
    "Next",
    "End",
    "Parameters",
    "ResultPath",
    "InputPath",
    "OutputPath",
    "ItemsPath",
    "Variable",
    "Default",
    "Choices",
    "Seconds",
    "SecondsPath",
    "Timestamp",
    "ErrorPath",
    "CausePath",
    "Retry",
    "Catch",
    "Assign",
    "Output",
    "Arguments",
    "QueryLanguage",
    "Items",
    "ItemSelector",
    "ResultSelector",
    "MaxConcurrency",
    "MaxConcurrencyPath",
    "TimeoutSecondsPath",
    "Condition",
    "ToleratedFailurePercentagePath",
    "HeartbeatSeconds",
    "Credentials",
    "Label"
  };
  private static final List<JsonNode> SEEDS = load();

  private DefinitionMutations() {}

  static Arbitrary<String> definitions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, SEEDS.size() - 1),
            Arbitraries.longs(),
            QueryArbitraries.paths(),
            QueryArbitraries.intrinsics(),
            QueryArbitraries.jsonata())
        .as(
            (index, seed, path, call, jsonata) ->
                mutate(SEEDS.get(index), new Random(seed), path, call, jsonata));
  }

  private static String mutate(
      JsonNode seed, Random random, String path, String call, String jsonata) {
    JsonNode copy = seed.deepCopy();
    List<ObjectNode> objects = new ArrayList<>();
    collect(copy, objects);
    ObjectNode target = objects.get(random.nextInt(objects.size()));
    List<String> names = new ArrayList<>();
    target.fieldNames().forEachRemaining(names::add);
    String field =
        names.isEmpty() || random.nextInt(4) == 0
            ? FIELDS[random.nextInt(FIELDS.length)]
            : names.get(random.nextInt(names.size()));
    switch (random.nextInt(7)) {
      case 0 -> target.put(field, path);
      case 1 ->
          target.put(
              field.endsWith(".$") ? field : field + (random.nextBoolean() ? ".$" : ""), call);
      case 2 -> target.put(field, "{% " + jsonata + " %}");
      case 3 -> target.remove(field);
      case 4 -> target.set(field, DefinitionArbitraries.value(random, 2));
      case 5 -> target.put(field, random.nextBoolean() ? "S" + random.nextInt(3) : "");
      default ->
          target.set(
              field, MAPPER.createArrayNode().add(MAPPER.createObjectNode().put("Variable", path)));
    }
    return copy.toString();
  }

  private static void collect(JsonNode node, List<ObjectNode> into) {
    if (node instanceof ObjectNode object) {
      into.add(object);
      for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
        collect(it.next(), into);
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> collect(element, into));
    }
  }

  private static List<JsonNode> load() {
    List<JsonNode> seeds = new ArrayList<>();
    for (String dir :
        new String[] {"src/test/resources", "../fixtures/src/main/resources", "../samples"}) {
      files(Path.of(dir), ".asl.json").forEach(file -> seeds.add(read(file)));
    }
    String conformance = System.getProperty("sfn.conformance.dir", "");
    if (!conformance.isEmpty()) {
      files(Path.of(conformance), ".json")
          .forEach(
              file -> {
                JsonNode c = read(file);
                seeds.add(c == null ? null : c.get("definition"));
              });
    }
    // Executions that wait for a task token or an activity worker do not end by themselves (time
    // is not skipped while one may yet answer): allowed, but each would cost the whole bound.
    seeds.removeIf(
        seed ->
            seed == null
                || !seed.isObject()
                || seed.toString().contains("waitForTaskToken")
                || seed.toString().contains(":activity:"));
    return List.copyOf(seeds);
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file's JSON, or null: a template's definition file holds ${...} placeholders until
   * substituted.
   */
  private static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException notJsonYet) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
