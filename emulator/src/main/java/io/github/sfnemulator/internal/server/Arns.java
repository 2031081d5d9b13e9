package io.github.sfnemulator.internal.server;

import io.github.sfnemulator.SfnApiException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the ARNs a request names, as AWS does before looking anything up. */
final class Arns {
  private static final Pattern STATES_ARN =
      Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:([a-zA-Z]+):[^#]+(#.*)?");

  private Arns() {}

  /** Returns {@code arn} when it is a Step Functions ARN of one of {@code kinds}. */
  static String check(String arn, String... kinds) {
    Matcher m = STATES_ARN.matcher(arn);
    if (!m.matches()) {
      throw new SfnApiException("InvalidArn", "Invalid Arn: 'Invalid ARN prefix: " + arn + "'");
    }
    for (String kind : kinds) {
      if (kind.equals(m.group(1))) {
        return arn;
      }
    }
    throw new SfnApiException(
        "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: " + m.group(1) + "'");
  }
}
