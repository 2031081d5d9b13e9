package io.github.sfnemulator.cli;

import io.github.sfnemulator.template.StateMachineTemplate;
import io.github.sfnemulator.template.TemplateStateMachine;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A command-line argument that names a SAM, CloudFormation or CDK template ({@code template.yaml})
 * or one state machine in it ({@code template.yaml#LogicalId}).
 */
record TemplateTarget(Path template, String logicalId) {
  static final String INVALID_TEMPLATE = "INVALID_TEMPLATE";

  /** The target {@code argument} names, or null when it names a bare definition. */
  static TemplateTarget of(Path argument) {
    String text = argument.toString();
    int hash = text.lastIndexOf('#');
    if (hash > 0 && Files.isRegularFile(Path.of(text.substring(0, hash)))) {
      return new TemplateTarget(Path.of(text.substring(0, hash)), text.substring(hash + 1));
    }
    return Files.isRegularFile(argument) && StateMachineTemplate.isTemplate(argument)
        ? new TemplateTarget(argument, null)
        : null;
  }

  /**
   * The state machines it names: every one of the template, or the one after '#'.
   *
   * @throws io.github.sfnemulator.template.TemplateException when the template cannot be loaded or
   *     has no such state machine
   */
  List<TemplateStateMachine> stateMachines() {
    StateMachineTemplate loaded = StateMachineTemplate.load(template);
    return logicalId == null
        ? List.copyOf(loaded.stateMachines().values())
        : List.of(loaded.stateMachine(logicalId));
  }

  /**
   * Validates each state machine: one line per diagnostic, {@code FILE#LogicalId:LOCATION: SEVERITY
   * CODE: message}, or one {@code FILE:: ERROR INVALID_TEMPLATE: ...} line when the template cannot
   * be loaded. Returns whether every state machine is valid.
   */
  boolean validate(Function<String, ValidationResult> validator, java.io.PrintWriter out) {
    List<TemplateStateMachine> machines;
    try {
      machines = stateMachines();
    } catch (RuntimeException e) {
      out.println(template + ":" + Diagnostic.error(INVALID_TEMPLATE, "", e.getMessage()));
      return false;
    }
    if (machines.isEmpty()) {
      out.println(
          template
              + ":"
              + Diagnostic.warning(
                  "NO_STATE_MACHINE",
                  "",
                  "The template has no AWS::StepFunctions::StateMachine or AWS::Serverless::StateMachine."));
    }
    boolean valid = true;
    for (TemplateStateMachine machine : machines) {
      ValidationResult result = validator.apply(machine.definition());
      result
          .diagnostics()
          .forEach(d -> out.println(template + "#" + machine.logicalId() + ":" + d));
      valid &= result.isValid();
    }
    return valid;
  }
}
