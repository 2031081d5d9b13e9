package io.github.sfnemulator.internal.model;

/** A Succeed state. */
public record SucceedState(StateCommon common, DataFlow io) implements State {
  @Override
  public String type() {
    return "Succeed";
  }
}
