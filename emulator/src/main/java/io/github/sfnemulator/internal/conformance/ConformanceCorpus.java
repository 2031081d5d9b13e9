package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.conformance.CaseRunner.Comparison;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The recorded cases and the project's list of cases allowed to fail: one verdict per case, the
 * same for the conformance test and the {@code conformance} command.
 */
public final class ConformanceCorpus {
  /** The list of allowed failures, kept beside the cases. */
  public static final String ALLOWED_FAILURES = "allowed-failures.json";

  private final Path cases;
  private final Map<String, AllowedFailure> allowed;

  /** A case the emulator may fail, why, and whether it fails only the whole-history comparison. */
  public record AllowedFailure(String reason, boolean historyOnly) {}

  private ConformanceCorpus(Path cases, Map<String, AllowedFailure> allowed) {
    this.cases = cases;
    this.allowed = allowed;
  }

  /**
   * The corpus in {@code dir}: a folder holding {@code cases/} (and usually the allowed-failures
   * list), or the {@code cases} folder itself. {@code allowedFailures} may be null: then the list
   * beside the cases is used when there is one.
   */
  public static ConformanceCorpus at(Path dir, Path allowedFailures) {
    Path cases = Files.isDirectory(dir.resolve("cases")) ? dir.resolve("cases") : dir;
    if (!Files.isDirectory(cases)) {
      throw new IllegalArgumentException("'" + dir + "' is not a folder of conformance cases");
    }
    Path list = allowedFailures != null ? allowedFailures : cases.resolveSibling(ALLOWED_FAILURES);
    return new ConformanceCorpus(cases, Files.isRegularFile(list) ? readAllowed(list) : Map.of());
  }

  public List<ConformanceCase> cases() {
    return ConformanceCase.readAll(cases);
  }

  public Map<String, AllowedFailure> allowedFailures() {
    return allowed;
  }

  /** Runs the case and judges it against the list. */
  public Verdict verdict(ConformanceCase c, Comparison comparison) {
    String difference = CaseRunner.firstDifference(c, comparison);
    AllowedFailure allowance = allowed.get(c.id());
    if (allowance != null && allowance.historyOnly() && comparison == Comparison.TYPES_ONLY) {
      allowance = null;
    }
    return Verdict.of(c.id(), difference, allowance == null ? null : allowance.reason());
  }

  /**
   * Null when the two corpora hold the same README and case files, else what differs, with the
   * command that re-copies the shared corpus into the project.
   */
  public static String copyDifference(Path projectCopy, Path shared) {
    String d = firstDifferentFile(shared, projectCopy);
    if (d == null) {
      return null;
    }
    return "The project's conformance corpus "
        + projectCopy
        + " differs from "
        + shared
        + " ("
        + d
        + "): re-copy it with: cp -r "
        + shared.resolve("README.md")
        + " "
        + shared.resolve("cases")
        + " "
        + projectCopy
        + "/";
  }

  private static String firstDifferentFile(Path shared, Path copy) {
    try {
      if (!Arrays.equals(
          Files.readAllBytes(shared.resolve("README.md")),
          readOrEmpty(copy.resolve("README.md")))) {
        return "README.md";
      }
      List<String> a = relativeFiles(shared.resolve("cases"));
      List<String> b = relativeFiles(copy.resolve("cases"));
      if (!a.equals(b)) {
        List<String> missing = a.stream().filter(f -> !b.contains(f)).limit(3).toList();
        List<String> extra = b.stream().filter(f -> !a.contains(f)).limit(3).toList();
        return "case files missing from the copy: " + missing + ", only in the copy: " + extra;
      }
      for (String f : a) {
        if (!Arrays.equals(
            Files.readAllBytes(shared.resolve("cases").resolve(f)),
            Files.readAllBytes(copy.resolve("cases").resolve(f)))) {
          return "cases/" + f;
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readOrEmpty(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
  }

  private static List<String> relativeFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private static Map<String, AllowedFailure> readAllowed(Path file) {
    try {
      JsonNode root = Json.parse(Files.readString(file));
      Map<String, AllowedFailure> out = new HashMap<>();
      root.path("allowedFailures")
          .forEach(
              e ->
                  out.put(
                      e.path("case").asText(),
                      new AllowedFailure(
                          e.path("reason").asText(), "history".equals(e.path("only").asText()))));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
