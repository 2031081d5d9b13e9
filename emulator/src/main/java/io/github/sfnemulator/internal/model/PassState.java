package io.github.sfnemulator.internal.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A Pass state; {@code result} is its Result (or null). */
public record PassState(StateCommon common, DataFlow io, JsonNode result) implements State {
  @Override
  public String type() {
    return "Pass";
  }
}
