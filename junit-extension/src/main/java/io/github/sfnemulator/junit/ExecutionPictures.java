package io.github.sfnemulator.junit;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.graph.StateMachineGraph;
import io.github.sfnemulator.history.ExecutionTrace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Draws a test's executions as SVG files, {@code DIRECTORY/TestClass/testMethod/EXECUTION.svg}, and
 * says where, or why it could not: a picture must never hide the test's own failure.
 */
final class ExecutionPictures {
  private ExecutionPictures() {}

  /** One line per execution: the picture's path, or why there is none. */
  static List<String> write(
      ExtensionContext context,
      StepFunctionsEmulator emulator,
      List<Execution> executions,
      Path directory) {
    Path folder =
        directory
            .resolve(safe(context.getRequiredTestClass().getName()))
            .resolve(safe(context.getRequiredTestMethod().getName() + uniqueSuffix(context)));
    List<String> lines = new ArrayList<>();
    for (Execution e : executions) {
      try {
        StateMachine machine = emulator.describeStateMachine(e.stateMachineArn());
        String svg =
            StateMachineGraph.of(machine.name(), machine.definition())
                .toSvg(ExecutionTrace.of(e.name(), e.history()));
        Files.createDirectories(folder);
        Path file = folder.resolve(safe(e.name()) + ".svg");
        Files.writeString(file, svg, StandardCharsets.UTF_8);
        lines.add("Picture of '" + e.name() + "': " + file.toAbsolutePath());
      } catch (IOException | RuntimeException | LinkageError problem) {
        lines.add("No picture of '" + e.name() + "': " + problem.getMessage());
      }
    }
    return lines;
  }

  /** Repeated and parameterized tests share a method: their display names tell them apart. */
  private static String uniqueSuffix(ExtensionContext context) {
    String display = context.getDisplayName();
    String method = context.getRequiredTestMethod().getName();
    return display.startsWith(method + "(") || display.equals(method) ? "" : "-" + display;
  }

  static String safe(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.length() > 100 ? s.substring(0, 100) : s;
  }
}
