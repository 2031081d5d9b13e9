package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.graph.StateMachineGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the executions of a scenario's cases as SVG, {@code DIRECTORY/SCENARIO/CASE.svg}, and adds
 * the picture's path to a failing case's messages, so the build log and the XML report name it.
 *
 * <pre>{@code
 * ScenarioResult drawn =
 *     ScenarioPictures.draw(result, "order", definitionJson, Path.of("target/sfn-pictures"), false);
 * // a failing case's messages now end with the path of its picture
 * }</pre>
 */
public final class ScenarioPictures {
  private ScenarioPictures() {}

  /**
   * The result with pictures drawn: of the failing cases, or of every case when {@code all}.
   *
   * @param machineName the state machine's name, the pictures' title
   * @param definition the definition text the cases ran
   */
  public static ScenarioResult draw(
      ScenarioResult result, String machineName, String definition, Path directory, boolean all) {
    StateMachineGraph graph = null;
    List<CaseResult> cases = new ArrayList<>();
    for (CaseResult c : result.cases()) {
      if (c.trace() == null || (c.passed() && !all)) {
        cases.add(c);
        continue;
      }
      String line;
      try {
        if (graph == null) {
          graph = StateMachineGraph.of(machineName, definition);
        }
        Path file = directory.resolve(safe(result.name())).resolve(safe(c.name()) + ".svg");
        Files.createDirectories(file.getParent());
        Files.writeString(file, graph.toSvg(c.trace()), StandardCharsets.UTF_8);
        line = "picture: " + file;
      } catch (IOException | RuntimeException | LinkageError e) {
        line = "no picture: " + e.getMessage();
      }
      if (c.passed()) {
        cases.add(c);
      } else {
        List<String> messages = new ArrayList<>(c.messages());
        messages.add(line);
        cases.add(
            new CaseResult(c.name(), c.outcome(), messages, c.trace(), c.status(), c.millis()));
      }
    }
    return new ScenarioResult(result.name(), result.file(), cases, result.error());
  }

  static String safe(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.length() > 100 ? s.substring(0, 100) : s;
  }
}
