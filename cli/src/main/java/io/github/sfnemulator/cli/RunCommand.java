package io.github.sfnemulator.cli;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.template.TemplateException;
import io.github.sfnemulator.template.TemplateStateMachine;
import io.github.sfnemulator.validation.DefinitionException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run DEFINITION [--input JSON|@FILE]}: runs one execution (of a bare definition, or of the
 * state machine {@code template.yaml#LogicalId} of a SAM, CloudFormation or CDK template) under the
 * virtual clock and prints its status, its output (or error and cause) and the path it took.
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

  @Parameters(
      paramLabel = "DEFINITION",
      description = "ASL definition file (JSON or YAML), or template.yaml#LogicalId.")
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
    TemplateTarget template = TemplateTarget.of(definition);
    if (template != null) {
      return runTemplate(template, out, err);
    }
    if (!Files.isRegularFile(definition)) {
      err.println("run: '" + definition + "' is not a file. Give the path of an ASL definition.");
      return 1;
    }
    String text = FileArgument.read(definition, "definition");
    return run(machineName(definition), text, out, err);
  }

  /** {@code run template.yaml#LogicalId}, or a template with a single state machine. */
  private int runTemplate(TemplateTarget template, PrintWriter out, PrintWriter err) {
    List<TemplateStateMachine> machines;
    try {
      machines = template.stateMachines();
    } catch (TemplateException e) {
      err.println("run: " + e.getMessage());
      err.flush();
      return 1;
    }
    if (machines.size() != 1) {
      err.println(
          "run: template '"
              + template.template()
              + "' has "
              + (machines.isEmpty()
                  ? "no state machine."
                  : machines.size()
                      + " state machines; name one: "
                      + String.join(
                          ", ",
                          machines.stream()
                              .map(m -> template.template() + "#" + m.logicalId())
                              .toList())
                      + "."));
      err.flush();
      return 1;
    }
    TemplateStateMachine machine = machines.get(0);
    return run(machine.nameOrLogicalId(), machine.definition(), out, err);
  }

  private int run(String name, String text, PrintWriter out, PrintWriter err) {
    String inputText = inputText();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine(name, text);
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
    return cleaned.isEmpty()
        ? "StateMachine"
        : cleaned.substring(0, Math.min(80, cleaned.length()));
  }
}
