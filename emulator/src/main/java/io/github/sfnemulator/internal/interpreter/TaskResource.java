package io.github.sfnemulator.internal.interpreter;

import java.util.regex.Pattern;

/**
 * How a Task's Resource appears in history: a Lambda function ARN gives the {@code
 * LambdaFunction*} events, an optimized or SDK integration the {@code Task*} events with a
 * resource type ({@code lambda}, {@code aws-sdk:dynamodb}) and a resource ({@code invoke}).
 */
record TaskResource(String arn, boolean lambdaFunction, String resourceType, String resource) {
  private static final String SERVICE_PREFIX = "arn:aws:states:::";
  private static final Pattern LAMBDA_FUNCTION =
      Pattern.compile("arn:[^:]+:lambda:[^:]*:[^:]*:function:.+");

  static TaskResource of(String arn) {
    if (LAMBDA_FUNCTION.matcher(arn).matches()) {
      return new TaskResource(arn, true, "lambda", arn);
    }
    String rest = arn.startsWith(SERVICE_PREFIX) ? arn.substring(SERVICE_PREFIX.length()) : arn;
    int colon = rest.lastIndexOf(':');
    if (colon < 0) {
      return new TaskResource(arn, false, rest, rest);
    }
    return new TaskResource(arn, false, rest.substring(0, colon), rest.substring(colon + 1));
  }
}
