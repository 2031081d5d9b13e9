package io.github.sfnemulator.internal.model;

/** A top-level Choice rule with its Next, and its own Assign/Output. */
public record ChoiceBranch(ChoiceRule rule, String next, Field assign, Field output) {
  public ChoiceBranch {
    next = StateNames.interned(next);
  }
}
