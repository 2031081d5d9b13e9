package io.github.sfnemulator.internal.validate;

/** Pairs of fields of which a state may have at most one (a value and its *Path form). */
final class Exclusive {
  private Exclusive() {}

  static void check(StateContext state, String field, String other, DiagnosticSink out) {
    // *Path fields are JSONPath-only; in JSONata states StateFieldsCheck already reports them.
    if (!state.jsonata() && state.has(field) && state.has(other)) {
      out.add(StateMessages.mutuallyExclusive(state.pointer(other), state.name(), field, other));
    }
  }
}
