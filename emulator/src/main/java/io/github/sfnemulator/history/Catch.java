package io.github.sfnemulator.history;

import org.apiguardian.api.API;

/**
 * A Catch an execution took: the state whose last attempt failed, the error and cause it caught,
 * and the state the Catch led to.
 *
 * <pre>{@code
 * Catch caught = ExecutionTrace.of(execution).catches().get(0);
 * caught.state(); // Charge
 * caught.error(); // Card.Declined
 * caught.next();  // Refund
 * }</pre>
 *
 * @param state the name of the state that failed
 * @param error the caught error name
 * @param cause the caught cause; may be null
 * @param next the state the Catch led to
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Catch(String state, String error, String cause, String next) {}
