package io.github.sfnemulator.internal.model;

/** Where a state goes when it completes: {@code next}, or the end of its scope when null. */
public record Transition(String next) {
  public static final Transition END = new Transition(null);

  public boolean isEnd() {
    return next == null;
  }
}
