package io.github.sfnemulator.internal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads workloads from a shared workloads folder ({@code workloads.json} and the files it names).
 */
public final class WorkloadCatalog {
  private static final String MANIFEST = "workloads.json";

  private final Path dir;
  private final JsonNode workloads;

  private WorkloadCatalog(Path dir, JsonNode workloads) {
    this.dir = dir;
    this.workloads = workloads;
  }

  /** Opens a folder holding {@code workloads.json}, or that file itself. */
  public static WorkloadCatalog open(Path dirOrManifest) {
    Path dir = Files.isDirectory(dirOrManifest) ? dirOrManifest : dirOrManifest.getParent();
    Path manifest =
        Files.isDirectory(dirOrManifest) ? dirOrManifest.resolve(MANIFEST) : dirOrManifest;
    if (!Files.isRegularFile(manifest)) {
      throw new IllegalArgumentException("No " + MANIFEST + " at '" + manifest + "'.");
    }
    JsonNode workloads = Json.parse(read(manifest)).path("workloads");
    if (!workloads.isObject()) {
      throw new IllegalArgumentException("'" + manifest + "' has no \"workloads\" object.");
    }
    return new WorkloadCatalog(dir, workloads);
  }

  /**
   * The shared workloads folder seen from {@code cwd}: {@code ../shared/workloads} (from a worktree
   * root next to {@code shared}), else {@code ../../shared/workloads}; null when neither exists.
   */
  public static Path locate(Path cwd) {
    for (String candidate : List.of("../shared/workloads", "../../shared/workloads")) {
      Path p = cwd.resolve(candidate).normalize();
      if (Files.isRegularFile(p.resolve(MANIFEST))) {
        return p;
      }
    }
    return null;
  }

  public List<String> names() {
    List<String> names = new ArrayList<>();
    workloads.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The named workload with its definition and input files read. */
  public Workload get(String name) {
    JsonNode w = workloads.get(name);
    if (w == null || !w.isObject()) {
      throw new IllegalArgumentException(
          "Unknown workload '" + name + "'; known: " + String.join(", ", names()) + ".");
    }
    String definition = read(dir.resolve(w.path("definition").asText()));
    String input =
        w.hasNonNull("inputFile")
            ? read(dir.resolve(w.get("inputFile").asText()))
            : Json.write(w.has("input") ? w.get("input") : Json.NODES.objectNode());
    JsonNode expect = w.path("expect");
    return new Workload(
        name,
        w.path("id").asText(name),
        definition,
        input,
        w.path("executions").asInt(1),
        w.path("skipWaits").asBoolean(false),
        w.has("mocks") ? w.get("mocks") : Json.NODES.objectNode(),
        expect.hasNonNull("status") ? expect.get("status").asText() : null,
        expect.has("output") ? expect.get("output") : null);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read '" + file + "'", e);
    }
  }
}
