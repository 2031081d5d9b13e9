package io.github.sfnemulator.internal.integrations.sdk;

/** An error response of a JSON-protocol service, or no response at all (status 0). */
public final class JsonProtocolException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String errorMessage;
  private final String requestId;

  public JsonProtocolException(int status, String code, String errorMessage, String requestId) {
    super(code + ": " + errorMessage, null, false, false);
    this.status = status;
    this.code = code;
    this.errorMessage = errorMessage;
    this.requestId = requestId;
  }

  public int status() {
    return status;
  }

  /** The error code without namespace, e.g. {@code InvalidToken}. */
  public String code() {
    return code;
  }

  public String errorMessage() {
    return errorMessage;
  }

  public String requestId() {
    return requestId;
  }

  /** The code as an exception name: SDKs name modeled errors {@code <Code>Exception}. */
  public String exceptionName() {
    return code.endsWith("Exception") ? code : code + "Exception";
  }
}
