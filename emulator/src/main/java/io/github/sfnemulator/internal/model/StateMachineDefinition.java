package io.github.sfnemulator.internal.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed, validated state machine.
 *
 * @param workflow the top-level StartAt and States
 * @param queryLanguage the top-level QueryLanguage (JSONPath when absent)
 * @param timeoutSeconds the execution's TimeoutSeconds, or null
 * @param comment the Comment, or null
 * @param source the definition as a JSON tree
 */
public record StateMachineDefinition(
    Workflow workflow,
    QueryLanguage queryLanguage,
    Integer timeoutSeconds,
    String comment,
    JsonNode source) {}
