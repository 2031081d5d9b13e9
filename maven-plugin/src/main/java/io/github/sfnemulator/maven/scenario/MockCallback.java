package io.github.sfnemulator.maven.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the worker of a callback task ({@code .waitForTaskToken}) does with the task token it was
 * sent: heartbeats, then success or failure, each at a virtual time after the call. Delays are
 * written {@code 2h}, {@code 90m}, {@code 1h30m}, {@code 45s}, {@code 1d} or in ISO-8601 ({@code
 * PT2H}).
 *
 * <pre>{@code
 * mocks:
 *   AskApproval:
 *     - callback: {after: 2h, heartbeats: [30m, 90m], success: {approved: true}}
 * }</pre>
 *
 * @param after when the success or failure is sent, after the call; at once when absent
 * @param heartbeats when heartbeats are sent, after the call
 * @param success the output sent with the token (SendTaskSuccess)
 * @param failure the error and cause sent with the token (SendTaskFailure)
 * @param callResult what the service call itself answered (the TaskSubmitted output); {} when
 *     absent
 */
public record MockCallback(
    String after,
    List<String> heartbeats,
    JsonNode success,
    ThrownError failure,
    JsonNode callResult) {

  public MockCallback {
    heartbeats = heartbeats == null ? List.of() : List.copyOf(heartbeats);
  }
}
