package io.github.sfnemulator.maven.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of a mocked Task state: exactly one of {@code return} (the task's result, before
 * ResultSelector and ResultPath), {@code throw} (an error and cause), {@code timeout: true}
 * (States.Timeout) or {@code callback} (a callback task's token answered later).
 *
 * <pre>{@code
 * mocks:
 *   Charge:
 *     - throw: {error: Lambda.TooManyRequestsException, cause: Rate Exceeded.}
 *     - return: {charged: true}                              # the last answer repeats
 *   Ship:
 *     - timeout: true
 * }</pre>
 */
public record MockResponse(
    @JsonProperty("return") JsonNode returns,
    @JsonProperty("throw") ThrownError throwsError,
    Boolean timeout,
    MockCallback callback) {

  /** How many of the four answers are given; a valid response has exactly one. */
  int answerCount() {
    return (returns != null ? 1 : 0)
        + (throwsError != null ? 1 : 0)
        + (Boolean.TRUE.equals(timeout) ? 1 : 0)
        + (callback != null ? 1 : 0);
  }
}
