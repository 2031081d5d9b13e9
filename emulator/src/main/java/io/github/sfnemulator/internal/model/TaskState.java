package io.github.sfnemulator.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A Task state.
 *
 * @param resource the Resource ARN (a JSONata expression is resolved by the interpreter)
 * @param target what the Resource names, parsed once
 * @param timeoutSeconds TimeoutSeconds or TimeoutSecondsPath (or a JSONata expression), or null
 * @param heartbeatSeconds HeartbeatSeconds or HeartbeatSecondsPath (or JSONata), or null
 * @param credentials the Credentials object, or null
 */
public record TaskState(
    StateCommon common,
    DataFlow io,
    String resource,
    TaskResource target,
    Field timeoutSeconds,
    Field heartbeatSeconds,
    JsonNode credentials,
    List<Retrier> retry,
    List<Catcher> catchers)
    implements State, Recoverable {
  @Override
  public String type() {
    return "Task";
  }
}
