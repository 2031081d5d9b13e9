package io.github.sfnemulator.cli;

import io.github.sfnemulator.graph.StateMachineGraph;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.HistoryJson;
import io.github.sfnemulator.validation.DefinitionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code graph DEFINITION [--execution HISTORY.json] -o OUT.svg}: draws a state machine as SVG,
 * with an execution over it when its history is given.
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = "Draws a state machine as SVG, with an execution's path over it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the picture was written", "1:a file is missing or invalid"})
final class GraphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DEFINITION", description = "ASL definition file (JSON or YAML).")
  Path definition;

  @Option(
      names = "--execution",
      paramLabel = "HISTORY.json",
      description =
          "An execution's history (GetExecutionHistory's JSON, e.g. from 'aws stepfunctions"
              + " get-execution-history') to draw over the state machine.")
  Path execution;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT.svg",
      description = "Where to write the SVG picture.")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path file :
        execution == null ? new Path[] {definition} : new Path[] {definition, execution}) {
      if (!Files.isRegularFile(file)) {
        err.println("graph: '" + file + "' is not a file. Check the path.");
        err.flush();
        return 1;
      }
    }
    try {
      String name = machineName(definition);
      StateMachineGraph graph =
          StateMachineGraph.of(name, Files.readString(definition, StandardCharsets.UTF_8));
      String svg =
          execution == null
              ? graph.toSvg()
              : graph.toSvg(
                  ExecutionTrace.of(
                      HistoryJson.read(Files.readString(execution, StandardCharsets.UTF_8))));
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, svg, StandardCharsets.UTF_8);
      out.println("Wrote " + output);
      out.flush();
      return 0;
    } catch (DefinitionException e) {
      err.println(definition + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      err.println(execution + ": " + e.getMessage());
    }
    err.flush();
    return 1;
  }

  static String machineName(Path definition) {
    String file = definition.getFileName().toString();
    int dot = file.indexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
