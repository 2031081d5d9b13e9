package io.github.sfnemulator.internal.conformance;

/** What one case's run says against the recording and the allowed-failures list. */
public record Verdict(Kind kind, String caseId, String difference, String reason) {

  /** The four outcomes; only PASS and ALLOWED_FAILURE keep a build green. */
  public enum Kind {
    PASS,
    FAIL,
    ALLOWED_FAILURE,
    /** Listed as allowed to fail but passes: the list only shrinks, so this fails the build. */
    FIXED
  }

  static Verdict of(String caseId, String difference, String allowedReason) {
    if (allowedReason == null) {
      return new Verdict(difference == null ? Kind.PASS : Kind.FAIL, caseId, difference, null);
    }
    return new Verdict(
        difference == null ? Kind.FIXED : Kind.ALLOWED_FAILURE, caseId, difference, allowedReason);
  }

  public boolean ok() {
    return kind == Kind.PASS || kind == Kind.ALLOWED_FAILURE;
  }

  /** One line for a person: the case, the verdict and what to do. */
  public String line() {
    return switch (kind) {
      case PASS -> "PASS " + caseId;
      case FAIL -> "FAIL " + caseId + ": " + difference;
      case ALLOWED_FAILURE -> "ALLOWED " + caseId + " (" + reason + "): " + difference;
      case FIXED ->
          "FIXED "
              + caseId
              + " is listed in allowed-failures.json ("
              + reason
              + ") but passes now: remove it from the list";
    };
  }
}
