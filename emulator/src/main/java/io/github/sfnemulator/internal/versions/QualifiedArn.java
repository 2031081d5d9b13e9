package io.github.sfnemulator.internal.versions;

/**
 * A state machine ARN split into the state machine's own ARN and what qualifies it: a version
 * number ({@code ...:stateMachine:Orders:3}) or an alias name ({@code
 * ...:stateMachine:Orders:prod}).
 *
 * @param machineArn the unqualified ARN
 * @param qualifier the version number or alias name, or null for an unqualified ARN
 */
public record QualifiedArn(String machineArn, String qualifier) {
  /** {@code arn:PARTITION:states:REGION:ACCOUNT:stateMachine:NAME} has six colons. */
  private static final int UNQUALIFIED_COLONS = 6;

  public static QualifiedArn parse(String arn) {
    // indexOf rather than a loop over every character: every StartExecution parses its ARN
    int colon = -1;
    for (int i = 0; i <= UNQUALIFIED_COLONS; i++) {
      colon = arn.indexOf(':', colon + 1);
      if (colon < 0) {
        return new QualifiedArn(arn, null);
      }
    }
    return new QualifiedArn(arn.substring(0, colon), arn.substring(colon + 1));
  }

  public boolean isQualified() {
    return qualifier != null;
  }

  /** Whether the qualifier is a version number (alias names always hold a non-digit). */
  public boolean isVersion() {
    return qualifier != null
        && !qualifier.isEmpty()
        && qualifier.chars().allMatch(Character::isDigit);
  }

  public boolean isAlias() {
    return qualifier != null && !isVersion();
  }
}
