package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.template.StateMachineTemplate;
import io.github.sfnemulator.template.TemplateException;
import io.github.sfnemulator.template.TemplateStateMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The definition a scenario's {@code definition} names: a bare definition file, a template's only
 * state machine ({@code template.yaml}), or one by logical id ({@code
 * template.yaml#OrderStateMachine}, {@code cdk.out/Stack.template.json#Orders}).
 *
 * @param text the definition as JSON or YAML text
 * @param machineName the state machine's default name: the template's name for it, else its logical
 *     id, else the file name without {@code .asl.json}
 * @param template the template it comes from, or null for a bare definition
 */
record ScenarioDefinition(String text, String machineName, StateMachineTemplate template) {

  /**
   * The Lambda function a case's {@code mocks} key names by the template's logical id, or null when
   * the key is a state name.
   */
  String functionNamed(String key) {
    return template != null && template.hasFunction(key) ? template.functionName(key) : null;
  }

  /** Why a scenario's definition cannot be used; the message says what to fix. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  /**
   * @throws IOException when the file cannot be read
   * @throws Unusable when the template cannot be resolved or names no such state machine
   */
  static ScenarioDefinition load(Path baseDir, String definition) throws IOException, Unusable {
    try {
      return read(baseDir, definition);
    } catch (TemplateException e) {
      throw new Unusable(e.getMessage());
    }
  }

  private static ScenarioDefinition read(Path baseDir, String definition)
      throws IOException, Unusable {
    int hash = definition.lastIndexOf('#');
    Path file = baseDir.resolve(hash > 0 ? definition.substring(0, hash) : definition);
    String logicalId = hash > 0 ? definition.substring(hash + 1) : null;
    if (logicalId == null && !StateMachineTemplate.isTemplate(file)) {
      return new ScenarioDefinition(Files.readString(file), ScenarioRunner.machineName(file), null);
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file");
    }
    StateMachineTemplate template = StateMachineTemplate.load(file);
    TemplateStateMachine machine;
    if (logicalId != null) {
      machine = template.stateMachine(logicalId);
    } else if (template.stateMachines().size() == 1) {
      machine = template.stateMachines().values().iterator().next();
    } else {
      throw new Unusable(
          "Template '"
              + file.getFileName()
              + "' has "
              + template.stateMachines().size()
              + " state machines ("
              + String.join(", ", template.stateMachines().keySet())
              + "); name one as "
              + definition
              + "#LogicalId.");
    }
    return new ScenarioDefinition(machine.definition(), machine.nameOrLogicalId(), template);
  }
}
