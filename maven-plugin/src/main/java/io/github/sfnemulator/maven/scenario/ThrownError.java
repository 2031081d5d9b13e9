package io.github.sfnemulator.maven.scenario;

/**
 * The error a mocked Task state fails with; Retry and Catch match {@code error}.
 *
 * <pre>{@code
 * mocks:
 *   Charge:
 *     - throw: {error: Lambda.TooManyRequestsException, cause: Rate Exceeded.}
 *     - throw: {error: CardDeclined}                         # no cause
 * }</pre>
 *
 * @param error the error name, e.g. {@code Lambda.TooManyRequestsException}
 * @param cause the cause text; may be absent
 */
public record ThrownError(String error, String cause) {}
