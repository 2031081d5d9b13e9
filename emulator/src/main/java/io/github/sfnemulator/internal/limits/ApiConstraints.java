package io.github.sfnemulator.internal.limits;

import io.github.sfnemulator.SfnApiException;

/**
 * The Step Functions API's constraints on names, definitions and execution input, refused with the
 * errors AWS gives (API reference: CreateStateMachine, StartExecution, CreateActivity).
 */
public final class ApiConstraints {
  /** Names of state machines, executions and activities: 1 to 80 characters. */
  public static final int MAX_NAME_LENGTH = 80;

  /** CreateStateMachine's {@code definition}: at most 1,048,576 characters. */
  public static final int MAX_DEFINITION_LENGTH = 1_048_576;

  /** StartExecution's {@code input}: at most 262,144 characters. */
  public static final int MAX_INPUT_LENGTH = 262_144;

  private static final String SPECIAL = "<>{}[]?*\"#%\\^|~`$&,;:/";

  private ApiConstraints() {}

  /**
   * Refuses a name AWS refuses: a length outside 1 to 80 is a ValidationException, a character AWS
   * forbids is InvalidName.
   */
  public static void checkName(String name, String what) {
    if (name == null || name.isEmpty()) {
      throw lengthError(
          "'" + (name == null ? "" : name) + "' ", "name", "greater than or equal to 1");
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      throw lengthError("'" + name + "' ", "name", "less than or equal to " + MAX_NAME_LENGTH);
    }
    if (!hasOnlyAllowedCharacters(name)) {
      throw new SfnApiException(
          "InvalidName",
          "Invalid Name: '"
              + name
              + "'. A "
              + what
              + " name must not contain whitespace, brackets < > { } [ ], wildcards ? *, any of"
              + " \" # % \\ ^ | ~ ` $ & , ; : / or control characters.");
    }
  }

  /** AWS's rule as a loop: a regex costs far more per started execution. */
  static boolean hasOnlyAllowedCharacters(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '-'
          || c == '_') {
        continue;
      }
      if (c <= 0x20
          || c >= 0x7f && c <= 0xa0
          || SPECIAL.indexOf(c) >= 0
          || c == 0xfffe
          || c == 0xffff) {
        return false; // controls, space, NBSP, the listed specials, non-characters
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++; // a well-formed pair is one supplementary character
        continue;
      }
      if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Refuses a definition longer than AWS accepts, before any parsing. */
  public static void checkDefinition(String definition) {
    if (definition != null && definition.length() > MAX_DEFINITION_LENGTH) {
      throw lengthError("", "definition", "less than or equal to " + MAX_DEFINITION_LENGTH);
    }
  }

  /**
   * Refuses execution input longer than StartExecution's length constraint, before any parsing. The
   * constraint counts characters; the 256 KiB payload quota, in UTF-8 bytes, is the execution's to
   * enforce (it fails with States.DataLimitExceeded).
   */
  public static void checkInput(String input) {
    if (input != null
        && input.length() > MAX_INPUT_LENGTH
        && input.codePointCount(0, input.length()) > MAX_INPUT_LENGTH) {
      throw lengthError("", "input", "less than or equal to " + MAX_INPUT_LENGTH);
    }
  }

  /**
   * AWS's wording for a member that breaks a constraint, with the value shown: {@code 1 validation
   * error detected: Value 'x' at 'field' failed to satisfy constraint: ...}.
   */
  public static SfnApiException violation(String field, Object value, String constraint) {
    String shown = value == null ? "null" : "'" + value + "'";
    return new SfnApiException(
        "ValidationException",
        "1 validation error detected: Value "
            + shown
            + " at '"
            + field
            + "' failed to satisfy constraint: "
            + constraint);
  }

  /**
   * AWS's wording for a field over its length constraint; sensitive fields (definition, input) are
   * not echoed, as AWS does not echo them.
   */
  private static SfnApiException lengthError(String shownValue, String field, String constraint) {
    return new SfnApiException(
        "ValidationException",
        "1 validation error detected: Value "
            + shownValue
            + "at '"
            + field
            + "' failed to satisfy constraint: Member must have length "
            + constraint);
  }
}
