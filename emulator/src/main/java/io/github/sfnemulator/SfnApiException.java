package io.github.sfnemulator;

import org.apiguardian.api.API;

/**
 * A Step Functions API call that AWS would reject, with AWS's error code (for example {@code
 * StateMachineDoesNotExist} or {@code ExecutionAlreadyExists}) and a message that says what to do.
 *
 * <pre>{@code
 * try {
 *   emulator.describeExecution("arn:aws:states:us-east-1:123456789012:execution:Order:nope");
 * } catch (SfnApiException e) {
 *   e.errorCode(); // ExecutionDoesNotExist
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class SfnApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String errorCode;

  public SfnApiException(String errorCode, String message) {
    super(errorCode + ": " + message);
    this.errorCode = errorCode;
  }

  /** AWS's error code, the {@code __type} of the API's error response. */
  public String errorCode() {
    return errorCode;
  }
}
