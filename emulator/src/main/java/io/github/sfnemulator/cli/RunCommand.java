package io.github.sfnemulator.cli;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.validation.DefinitionException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run DEFINITION [--input JSON|@FILE]}: runs one execution under the virtual clock and
 * prints its status, its output (or error and cause) and the path it took.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Runs a state machine once and prints the status, the output and the path taken.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the execution SUCCEEDED",
      "1:it FAILED, TIMED_OUT or was ABORTED, or the definition is invalid"
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DEFINITION", description = "ASL definition file (JSON or YAML).")
  Path definition;

  @Option(
      names = "--input",
      paramLabel = "JSON|@FILE",
      description = "Execution input: JSON text, or @ followed by a file name. Default: {}.")
  String input;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(definition)) {
      err.println("run: '" + definition + "' is not a file. Give the path of an ASL definition.");
      return 1;
    }
    String text = FileArgument.read(definition, "definition");
    String inputText = inputText();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine(machineName(definition), text);
      Execution execution = emulator.startExecution(machine.arn(), inputText).await();
      out.println("Status: " + execution.status());
      if (execution.status() == ExecutionStatus.SUCCEEDED) {
        out.println("Output: " + execution.output());
      } else {
        out.println("Error: " + execution.error());
        out.println("Cause: " + execution.cause());
      }
      out.println("Path: " + String.join(" -> ", execution.statesEntered()));
      out.flush();
      return execution.status() == ExecutionStatus.SUCCEEDED ? 0 : 1;
    } catch (DefinitionException | SfnApiException | IllegalStateException e) {
      err.println(definition + ": " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private String inputText() {
    if (input != null && input.startsWith("@")) {
      return FileArgument.read(Path.of(input.substring(1)), "input");
    }
    return input;
  }

  /** A state machine name from the file name: {@code order.asl.json} gives {@code order}. */
  static String machineName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String cleaned = base.replaceAll("[^A-Za-z0-9_-]", "-");
    return cleaned.isEmpty() ? "StateMachine" : cleaned.substring(0, Math.min(80, cleaned.length()));
  }
}
