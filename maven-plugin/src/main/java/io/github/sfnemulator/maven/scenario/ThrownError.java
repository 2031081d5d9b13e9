package io.github.sfnemulator.maven.scenario;

/**
 * The error a mocked Task state fails with; Retry and Catch match {@code error}.
 *
 * @param error the error name, e.g. {@code Lambda.TooManyRequestsException}
 * @param cause the cause text; may be absent
 */
public record ThrownError(String error, String cause) {}
