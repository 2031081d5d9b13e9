package io.github.sfnemulator.internal.model;

/** Where a state goes when it completes: {@code next}, or the end of its scope when null. */
public record Transition(String next) {
  public static final Transition END = new Transition(null);

  /** Interned, as are the names of a {@link Workflow}'s states: the look-up is by identity. */
  public Transition {
    next = StateNames.interned(next);
  }

  public boolean isEnd() {
    return next == null;
  }
}
