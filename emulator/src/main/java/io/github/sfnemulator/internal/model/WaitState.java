package io.github.sfnemulator.internal.model;

/**
 * A Wait state: exactly one of {@code seconds} (Seconds, SecondsPath or a JSONata Seconds) and
 * {@code timestamp} (Timestamp, TimestampPath or a JSONata Timestamp) is set.
 */
public record WaitState(StateCommon common, DataFlow io, Field seconds, Field timestamp)
    implements State {
  @Override
  public String type() {
    return "Wait";
  }
}
