package io.github.sfnemulator.history;

import org.apiguardian.api.API;

/**
 * The error and cause an attempt of a state failed with, as the history reports them.
 *
 * @param error the error name Retry and Catch match, e.g. {@code States.TaskFailed}; may be null
 * @param cause the cause text; may be null
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StateError(String error, String cause) {}
