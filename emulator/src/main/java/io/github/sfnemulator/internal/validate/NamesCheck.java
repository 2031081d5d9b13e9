package io.github.sfnemulator.internal.validate;

/** State names: at most 80 characters, no control characters, unique in the whole machine. */
final class NamesCheck implements Check {
  static final int MAX_LENGTH = 80;

  @Override
  public void state(StateContext state, DiagnosticSink out) {
    String name = state.name();
    String first = out.declareStateName(name, state.pointer());
    if (first != null) {
      out.add(FlowMessages.duplicateStateName(state.pointer(), name, first));
    }
    if (name.isEmpty()) {
      out.add(FlowMessages.emptyStateName(state.pointer()));
      return;
    }
    int length = name.codePointCount(0, name.length());
    if (length > MAX_LENGTH) {
      out.add(FlowMessages.stateNameTooLong(state.pointer(), name, length, MAX_LENGTH));
    }
    name.codePoints()
        .filter(Character::isISOControl)
        .findFirst()
        .ifPresent(
            c -> out.add(FlowMessages.stateNameWithControlCharacter(state.pointer(), name, c)));
  }
}
