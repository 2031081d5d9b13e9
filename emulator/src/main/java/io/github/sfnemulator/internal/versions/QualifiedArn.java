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
    int colons = 0;
    for (int i = 0; i < arn.length(); i++) {
      if (arn.charAt(i) == ':' && ++colons == UNQUALIFIED_COLONS + 1) {
        return new QualifiedArn(arn.substring(0, i), arn.substring(i + 1));
      }
    }
    return new QualifiedArn(arn, null);
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
