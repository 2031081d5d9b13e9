package io.github.sfnemulator.internal.model;

/** A Fail state: Error/ErrorPath and Cause/CausePath (or JSONata), each possibly null. */
public record FailState(StateCommon common, Field error, Field cause) implements State {
  @Override
  public String type() {
    return "Fail";
  }
}
