package io.github.sfnemulator.internal.error;

/**
 * A runtime failure inside an execution, carrying the AWS error name (for example {@code
 * States.Runtime}) and the cause text AWS would write.
 *
 * <p>Components that know only part of the context (a path, an intrinsic) produce the cause's tail;
 * the interpreter prefixes where it happened when AWS does so.
 */
public class StatesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String error;
  private final String causeText;
  private final String location;

  public StatesException(String error, String cause) {
    this(error, cause, null);
  }

  /**
   * @param location the field whose evaluation failed, as AWS names it in an EvaluationFailed event
   *     ({@code Assign/result}, {@code Items}, {@code Timestamp}); null when AWS names none
   */
  public StatesException(String error, String cause, String location) {
    super(null, null, false, false);
    this.error = error;
    this.causeText = cause;
    this.location = location;
  }

  /**
   * {@code error: cause}, written when asked: Retry and Catch handle most of these failures, and
   * nobody reads their message.
   */
  @Override
  public String getMessage() {
    return error + ": " + causeText;
  }

  /** The error name, as matched by {@code ErrorEquals}. */
  public String error() {
    return error;
  }

  /** The cause text (may be null). */
  public String cause() {
    return causeText;
  }

  /** The field whose evaluation failed, or null. */
  public String location() {
    return location;
  }
}
