package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import org.apiguardian.api.API;

/**
 * What a Task state's resource answers: a result, an error, a time-out, or, for a callback task,
 * the call's result and what its worker later does with the task token ({@link TokenCallback}).
 *
 * <pre>{@code
 * TaskResponder responder = call -> switch (call.stateName()) {
 *   case "Charge" -> TaskResponse.returning("{\"charged\":true}");
 *   case "Ship" -> TaskResponse.throwing("Carrier.Unavailable", "no carrier today");
 *   default -> new TaskResponse.Timeout();
 * };
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface TaskResponse
    permits TaskResponse.Return, TaskResponse.Throw, TaskResponse.Timeout, TokenCallback {

  /** The resource returned {@code result} (before ResultSelector and ResultPath). */
  record Return(JsonNode result) implements TaskResponse {}

  /** The resource failed with {@code error} (the name Retry and Catch match) and {@code cause}. */
  record Throw(String error, String cause) implements TaskResponse {}

  /** The resource did not answer before the state's TimeoutSeconds: {@code States.Timeout}. */
  record Timeout() implements TaskResponse {}

  static TaskResponse returning(JsonNode result) {
    return new Return(result);
  }

  /**
   * The resource returned the JSON value {@code json}.
   *
   * @throws java.io.UncheckedIOException when {@code json} is not JSON text
   */
  static TaskResponse returning(String json) {
    return new Return(Json.parse(json));
  }

  static TaskResponse throwing(String error, String cause) {
    return new Throw(error, cause);
  }
}
