package io.github.sfnemulator.internal.validate;

/**
 * One field a state type allows: its kind and the query language it belongs to ({@code null} when
 * both languages allow it).
 */
record FieldSpec(String name, FieldKind kind, QueryLanguage onlyIn) {

  static FieldSpec both(String name, FieldKind kind) {
    return new FieldSpec(name, kind, null);
  }

  static FieldSpec jsonPath(String name, FieldKind kind) {
    return new FieldSpec(name, kind, QueryLanguage.JSONPATH);
  }

  static FieldSpec jsonata(String name, FieldKind kind) {
    return new FieldSpec(name, kind, QueryLanguage.JSONATA);
  }

  boolean allowedIn(QueryLanguage language) {
    return onlyIn == null || onlyIn == language;
  }
}
