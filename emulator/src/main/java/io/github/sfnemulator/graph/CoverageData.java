package io.github.sfnemulator.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * State-machine coverage gathered over a test run, as {@code jacoco.exec} gathers code coverage:
 * each test class or scenario records its executions, writes a data file, and the files of a build
 * are merged into one report. A state machine is known by its definition, so the same definition
 * run under different names merges; it is reported under the first name in sort order.
 *
 * <pre>{@code
 * CoverageData data = new CoverageData();
 * data.record("order", definitionJson, execution.history());
 * data.write(Path.of("target/sfn-coverage/OrderTest.sfncov.json"));
 * CoverageData all = CoverageData.readAll(Path.of("target/sfn-coverage"));
 * all.machines().get(0).transitions();  // 80.0% (8/10)
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoverageData {
  /** The name data files end with. */
  public static final String FILE_SUFFIX = ".sfncov.json";

  static final String FORMAT = "sfn-coverage/1";

  /** By the hash of the definition text. */
  private final Map<String, Entry> entries = new TreeMap<>();

  /**
   * Adds one execution of the state machine {@code name} with {@code definition}.
   *
   * @throws io.github.sfnemulator.validation.DefinitionException when the definition is invalid
   */
  public synchronized void record(String name, String definition, List<HistoryEvent> history) {
    Entry e = entry(name, definition);
    e.executions++;
    e.graph.hits(ExecutionTrace.of(history)).forEach((id, n) -> e.hits.merge(id, n, Integer::sum));
  }

  /** Adds every machine and count of {@code other}. */
  public synchronized void merge(CoverageData other) {
    List<Entry> theirs;
    synchronized (other) {
      theirs = List.copyOf(other.entries.values());
    }
    for (Entry t : theirs) {
      Entry e = entry(t.graph.name(), t.definition);
      e.executions += t.executions;
      t.hits.forEach((id, n) -> e.hits.merge(id, n, Integer::sum));
    }
  }

  /** Each state machine's coverage, by name. */
  public synchronized List<MachineCoverage> machines() {
    return entries.values().stream()
        .map(e -> new MachineCoverage(e.graph, e.definition, e.executions, e.hits))
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .toList();
  }

  public synchronized boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Writes the data as JSON to {@code file}, creating its folder. */
  public void write(Path file) throws IOException {
    ObjectNode root = Json.NODES.objectNode().put("format", FORMAT);
    ArrayNode machines = root.putArray("machines");
    synchronized (this) {
      for (Entry e : entries.values()) {
        ObjectNode m = machines.addObject();
        m.put("name", e.graph.name())
            .put("definition", e.definition)
            .put("executions", e.executions);
        ObjectNode hits = m.putObject("hits");
        new TreeMap<>(e.hits).forEach(hits::put);
      }
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, Json.write(root), StandardCharsets.UTF_8);
  }

  /**
   * Reads one data file.
   *
   * @throws IllegalArgumentException naming the file when it is not coverage data
   */
  public static CoverageData read(Path file) throws IOException {
    JsonNode root;
    try {
      root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getCause().getMessage(), e);
    }
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException(
          file
              + " is not sfn coverage data (no \"format\": \""
              + FORMAT
              + "\"). Delete it or move it"
              + " out of the coverage folder.");
    }
    CoverageData data = new CoverageData();
    for (JsonNode m : root.path("machines")) {
      Entry e = data.entry(m.path("name").asText(), m.path("definition").asText());
      e.executions += m.path("executions").asInt();
      m.path("hits")
          .fields()
          .forEachRemaining(h -> e.hits.merge(h.getKey(), h.getValue().asInt(), Integer::sum));
    }
    return data;
  }

  /** Reads and merges every {@code *.sfncov.json} file under {@code directory}; empty when none. */
  public static CoverageData readAll(Path directory) throws IOException {
    CoverageData all = new CoverageData();
    if (!Files.isDirectory(directory)) {
      return all;
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.filter(p -> p.getFileName().toString().endsWith(FILE_SUFFIX))
          .sorted()
          .forEach(files::add);
    }
    for (Path f : files) {
      all.merge(read(f));
    }
    return all;
  }

  private Entry entry(String name, String definition) {
    Entry e = entries.get(hash(definition));
    if (e == null) {
      e = new Entry(StateMachineGraph.of(name, definition), definition);
      entries.put(hash(definition), e);
    } else if (name.compareTo(e.graph.name()) < 0) {
      Entry renamed = new Entry(StateMachineGraph.of(name, definition), definition);
      renamed.executions = e.executions;
      renamed.hits.putAll(e.hits);
      entries.put(hash(definition), renamed);
      e = renamed;
    }
    return e;
  }

  private static String hash(String definition) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(definition.strip().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static final class Entry {
    final StateMachineGraph graph;
    final String definition;
    final Map<String, Integer> hits = new TreeMap<>();
    int executions;

    Entry(StateMachineGraph graph, String definition) {
      this.graph = graph;
      this.definition = definition;
    }
  }
}
