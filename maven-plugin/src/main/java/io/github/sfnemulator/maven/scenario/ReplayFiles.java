package io.github.sfnemulator.maven.scenario;

/**
 * A case that replays an execution recorded on AWS: the Task results of its history answer the Task
 * states, and the replayed history must match the recorded one event by event.
 *
 * <pre>{@code
 * - name: order 42 from production
 *   replay:
 *     history: src/test/sfn/recorded/order-42.history.json    # aws stepfunctions get-execution-history
 *     describe: src/test/sfn/recorded/order-42.describe.json  # aws stepfunctions describe-execution
 * }</pre>
 *
 * @param history the output of {@code aws stepfunctions get-execution-history}, relative to the
 *     project's base directory
 * @param describe the output of {@code aws stepfunctions describe-execution} (the input and the
 *     execution's names), or null to read the input from the history
 */
public record ReplayFiles(String history, String describe) {}
