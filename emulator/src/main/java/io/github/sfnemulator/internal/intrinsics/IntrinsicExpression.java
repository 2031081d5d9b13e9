package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * A compiled intrinsic function call such as {@code States.Format('Hi {}', $.name)}, with nested
 * calls, literals and paths ({@code $}, {@code $$}, {@code $var}) as arguments. Compiled once
 * (function names and argument counts are checked then); {@link #evaluate} is thread-safe.
 *
 * <p>Runtime failures: a function rejecting its argument values raises States.IntrinsicFailure with
 * cause {@code Invalid arguments in States.X: ...} (text of this emulator; the conformance corpus
 * records none). A path argument that selects nothing raises States.Runtime with the same cause AWS
 * gives for a payload path ({@code The JSONPath '$.x' specified for the field 'f.$' could not be
 * found in the input '...'}), which the interpreter prefixes with "An error occurred while
 * executing the state 'S' (entered at the event id #N). ".
 */
public final class IntrinsicExpression {
  private final String text;
  private final CallArgument call;

  private IntrinsicExpression(String text, CallArgument call) {
    this.text = text;
    this.call = call;
  }

  /** Whether {@code text} is written as an intrinsic call rather than a path. */
  public static boolean looksLikeCall(String text) {
    return text.strip().startsWith("States.");
  }

  /**
   * @throws InvalidExpressionException when the text is not a call of a known function with a valid
   *     number of well-formed arguments
   */
  public static IntrinsicExpression compile(String text) {
    return new IntrinsicExpression(text, IntrinsicParser.parse(text));
  }

  public String text() {
    return text;
  }

  /**
   * The call's value.
   *
   * @param field the payload field holding the call (e.g. {@code name.$}), named in causes
   * @throws io.github.sfnemulator.internal.error.StatesException States.IntrinsicFailure or
   *     States.Runtime
   */
  public JsonNode evaluate(EvaluationScope scope, String field) {
    return call.evaluate(scope, field);
  }

  @Override
  public String toString() {
    return text;
  }
}
