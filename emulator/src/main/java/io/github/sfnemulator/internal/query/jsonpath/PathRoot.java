package io.github.sfnemulator.internal.query.jsonpath;

/** What the first token of a path reads: {@code $}, {@code $$} or {@code $name}. */
public enum PathRoot {
  /** {@code $}: the state input. */
  INPUT,
  /** {@code $$}: the context object. */
  CONTEXT,
  /** {@code $name}: a workflow variable. */
  VARIABLE
}
