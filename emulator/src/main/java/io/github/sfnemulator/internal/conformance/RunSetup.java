package io.github.sfnemulator.internal.conformance;

import io.github.sfnemulator.EmulatorOptions;

/**
 * How {@link CaseRunner} starts a case: the emulator's options (region, account, clock; its Task
 * responder is replaced by the case's recorded calls) and the names and texts a recording needs
 * repeated so that ARNs and echoed texts come out as AWS wrote them. A null field takes the
 * corpus's default.
 *
 * @param definitionText the definition as the user wrote it; null writes the case's definition
 * @param inputText the input text as the client sent it; null takes it from the case
 */
public record RunSetup(
    EmulatorOptions options,
    String machineName,
    String roleArn,
    String executionName,
    String definitionText,
    String inputText) {

  /** The corpus's setup: default options, a machine named {@code Case}, generated names. */
  public static final RunSetup CORPUS =
      new RunSetup(EmulatorOptions.getDefaultInstance(), "Case", null, null, null, null);
}
