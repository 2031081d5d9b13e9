package io.github.sfnemulator.junit;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.template.StateMachineTemplate;
import io.github.sfnemulator.template.TemplateException;
import io.github.sfnemulator.template.TemplateOptions;
import io.github.sfnemulator.template.TemplateStateMachine;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** A {@link StateMachineDefinition} that names a SAM, CloudFormation or CDK template. */
final class TemplateDefinitions {
  private TemplateDefinitions() {}

  /** Whether the annotation names a template rather than a bare definition. */
  static boolean isTemplate(StateMachineDefinition annotation, Path file) {
    return !annotation.logicalId().isEmpty()
        || annotation.values().length > 0
        || file != null && StateMachineTemplate.isTemplate(file);
  }

  static StateMachineTemplate load(
      StateMachineDefinition annotation, Path file, EmulatorOptions emulator, String where) {
    if (file == null) {
      throw new ExtensionConfigurationException(
          String.format(
              "@StateMachineDefinition(\"%s\") on %s: no such template file or classpath resource"
                  + " in a directory. Put it under src/test/resources, or give its path.",
              annotation.value(), where));
    }
    TemplateOptions.Builder options = TemplateOptions.newBuilder().from(emulator);
    for (String value : annotation.values()) {
      int eq = value.indexOf('=');
      if (eq <= 0) {
        throw new ExtensionConfigurationException(
            String.format(
                "@StateMachineDefinition(\"%s\") on %s: value '%s' is not Name=Value.",
                annotation.value(), where, value));
      }
      options.value(value.substring(0, eq), value.substring(eq + 1));
    }
    try {
      return StateMachineTemplate.load(file, options.build());
    } catch (TemplateException e) {
      throw new ExtensionConfigurationException(
          String.format(
              "@StateMachineDefinition(\"%s\") on %s: %s",
              annotation.value(), where, e.getMessage()),
          e);
    }
  }

  /** The state machine the annotation names: its logical id, or the template's only one. */
  static TemplateStateMachine stateMachine(
      StateMachineTemplate template, StateMachineDefinition annotation, String where) {
    try {
      if (!annotation.logicalId().isEmpty()) {
        return template.stateMachine(annotation.logicalId());
      }
    } catch (TemplateException e) {
      throw new ExtensionConfigurationException(
          String.format(
              "@StateMachineDefinition(\"%s\") on %s: %s",
              annotation.value(), where, e.getMessage()),
          e);
    }
    if (template.stateMachines().size() != 1) {
      throw new ExtensionConfigurationException(
          String.format(
              "@StateMachineDefinition(\"%s\") on %s: the template has %d state machines (%s);"
                  + " name one with logicalId = \"...\".",
              annotation.value(),
              where,
              template.stateMachines().size(),
              String.join(", ", template.stateMachines().keySet())));
    }
    return template.stateMachines().values().iterator().next();
  }
}
