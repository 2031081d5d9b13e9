package io.github.sfnemulator.internal.template;

/**
 * A state machine found in a template, its definition resolved to JSON text.
 *
 * @param name the name the template gives it, or null
 * @param type STANDARD or EXPRESS
 * @param definitionFile the file DefinitionUri or DefinitionS3Location names, or null
 */
public record ResolvedStateMachine(
    String logicalId,
    String name,
    String type,
    String definition,
    java.nio.file.Path definitionFile) {}
