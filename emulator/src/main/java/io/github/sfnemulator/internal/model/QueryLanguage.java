package io.github.sfnemulator.internal.model;

/** The query language a state's fields are written in. */
public enum QueryLanguage {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String aslName;

  QueryLanguage(String aslName) {
    this.aslName = aslName;
  }

  /** The spelling used in definitions. */
  public String aslName() {
    return aslName;
  }

  /** The language for an ASL spelling, or null when {@code name} is not one. */
  public static QueryLanguage fromAsl(String name) {
    for (QueryLanguage q : values()) {
      if (q.aslName.equals(name)) {
        return q;
      }
    }
    return null;
  }
}
