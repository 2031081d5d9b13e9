package io.github.sfnemulator.history;

import org.apiguardian.api.API;

/**
 * The error and cause an attempt of a state failed with, as the history reports them.
 *
 * <pre>{@code
 * StateVisit charge = ExecutionTrace.of(execution).visits("Charge").get(0);
 * for (StateError error : charge.errors()) {
 *   System.out.println(error.error() + ": " + error.cause()); // States.TaskFailed: ...
 * }
 * }</pre>
 *
 * @param error the error name Retry and Catch match, e.g. {@code States.TaskFailed}; may be null
 * @param cause the cause text; may be null
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StateError(String error, String cause) {}
