package io.github.sfnemulator.internal.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One benchmark workload of the shared {@code workloads.json}: a definition, its input, how many
 * executions one run makes, the Task mocks and the result every execution must have.
 *
 * @param name the key in {@code workloads.json}
 * @param id the short id (W1, W2, ...)
 * @param definition the ASL definition as JSON text
 * @param input the execution input as JSON text
 * @param executions executions in one benchmark run
 * @param skipWaits whether Wait states and Retry back-off may take no real time
 * @param mocks Task responses keyed by state name, or an empty object
 * @param expectStatus the status every execution ends with, or null when not given
 * @param expectOutput the output every execution ends with, or null when not given
 */
public record Workload(
    String name,
    String id,
    String definition,
    String input,
    int executions,
    boolean skipWaits,
    JsonNode mocks,
    String expectStatus,
    JsonNode expectOutput) {}
