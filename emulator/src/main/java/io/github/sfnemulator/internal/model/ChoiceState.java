package io.github.sfnemulator.internal.model;

import java.util.List;

/** A Choice state: rules tried in order, else {@code defaultNext} (null when absent). */
public record ChoiceState(
    StateCommon common, DataFlow io, List<ChoiceBranch> choices, String defaultNext)
    implements State {
  public ChoiceState {
    choices = List.copyOf(choices);
    defaultNext = StateNames.interned(defaultNext);
  }

  @Override
  public String type() {
    return "Choice";
  }
}
