package io.github.sfnemulator.internal.validate;

import static io.github.sfnemulator.validation.Diagnostic.error;

import io.github.sfnemulator.validation.Diagnostic;

/** Messages about how states connect, their names and how deeply they nest. */
final class FlowMessages {
  static final String MISSING_TRANSITION_TARGET = "MISSING_TRANSITION_TARGET";

  private FlowMessages() {}

  static Diagnostic missingStartAt(String pointer, String target) {
    return error(
        MISSING_TRANSITION_TARGET,
        pointer,
        "'StartAt' names state '"
            + target
            + "', which is not in 'States'. Fix the name or add the state.");
  }

  static Diagnostic missingTarget(String pointer, String field, String target, boolean nested) {
    return error(
        MISSING_TRANSITION_TARGET,
        pointer,
        "'"
            + field
            + "' names state '"
            + target
            + "', which does not exist"
            + (nested ? " in this branch or Map processor" : "")
            + ". Fix the name or add the state"
            + (nested ? "; a state can only move to states of its own branch or processor." : "."));
  }

  static Diagnostic neitherNextNorEnd(String pointer, String state) {
    return error(
        SchemaMessages.SCHEMA,
        pointer,
        "State '" + state + "' has neither 'Next' nor \"End\": true. Add one of them.");
  }

  static Diagnostic bothNextAndEnd(String pointer, String state) {
    return error(
        SchemaMessages.SCHEMA,
        pointer,
        "State '" + state + "' has both 'Next' and \"End\": true. Keep only one of them.");
  }

  static Diagnostic transitionInTerminalState(
      String pointer, String field, String type, String state) {
    return error(
        SchemaMessages.SCHEMA,
        pointer,
        "'"
            + field
            + "' is not allowed in "
            + type
            + " state '"
            + state
            + "': "
            + (type.equals("Choice")
                ? "a Choice state moves on through its Choices and Default."
                : "a " + type + " state always ends its branch of the execution.")
            + " Remove it.");
  }

  static Diagnostic missingEndState(String pointer) {
    return error(
        "MISSING_END_STATE",
        pointer,
        "No state ends this machine: there is no Succeed or Fail state and no state with \"End\":"
            + " true. Give the last state \"End\": true.");
  }

  static Diagnostic unreachable(String pointer, String state) {
    return error(
        "UNREACHABLE_STATE",
        pointer,
        "State '"
            + state
            + "' can never run: no StartAt, Next, Default or Catch leads to it. Transition to it or"
            + " remove it.");
  }

  static Diagnostic duplicateStateName(String pointer, String state, String firstPointer) {
    return error(
        "DUPLICATE_STATE_NAME",
        pointer,
        "State name '"
            + state
            + "' is already used at "
            + firstPointer
            + "; names must be unique in the whole state machine, Parallel branches and Map"
            + " processors included. Rename one of them.");
  }

  static Diagnostic stateNameTooLong(String pointer, String state, int length, int max) {
    return error(
        "INVALID_STATE_NAME",
        pointer,
        "State name '"
            + state
            + "' is "
            + length
            + " characters long; the limit is "
            + max
            + ". Shorten it.");
  }

  static Diagnostic stateNameWithControlCharacter(String pointer, String state, int codePoint) {
    return error(
        "INVALID_STATE_NAME",
        pointer,
        "State name '"
            + state.replaceAll("\\p{Cntrl}", "?")
            + "' contains the control character "
            + String.format("U+%04X", codePoint)
            + ". Remove it.");
  }

  static Diagnostic emptyStateName(String pointer) {
    return error("INVALID_STATE_NAME", pointer, "A state name is empty. Give the state a name.");
  }

  static Diagnostic tooDeeplyNested(String pointer, int max) {
    return error(
        "TOO_DEEPLY_NESTED",
        pointer,
        "Parallel and Map states are nested more than "
            + max
            + " levels deep here. Move the inner part into a separate state machine and start it"
            + " from a Task.");
  }
}
