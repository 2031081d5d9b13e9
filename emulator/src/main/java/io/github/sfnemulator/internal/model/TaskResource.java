package io.github.sfnemulator.internal.model;

/**
 * What a Task's Resource names and how it is called. A Lambda function ARN gives the {@code
 * LambdaFunction*} events, an activity ARN the {@code Activity*} events, an optimized or SDK
 * integration the {@code Task*} events with a resource type ({@code lambda}, {@code
 * aws-sdk:dynamodb}) and a resource ({@code invoke}, {@code startExecution.sync}). Parsed once per
 * Task state, with the definition.
 */
public record TaskResource(
    String arn, Kind kind, Pattern pattern, String resourceType, String resource) {
  private static final String SERVICE_PREFIX = "arn:aws:states:::";
  private static final java.util.regex.Pattern FUNCTION =
      java.util.regex.Pattern.compile("arn:[^:]+:lambda:[^:]*:[^:]*:function:.+");
  private static final java.util.regex.Pattern ACTIVITY =
      java.util.regex.Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:activity:.+");

  public enum Kind {
    LAMBDA_FUNCTION,
    ACTIVITY,
    SERVICE
  }

  /** The integration pattern, from the resource's suffix. */
  public enum Pattern {
    REQUEST_RESPONSE,
    SYNC,
    SYNC_2,
    WAIT_FOR_TASK_TOKEN
  }

  public static TaskResource of(String arn) {
    if (FUNCTION.matcher(arn).matches()) {
      return new TaskResource(arn, Kind.LAMBDA_FUNCTION, Pattern.REQUEST_RESPONSE, "lambda", arn);
    }
    if (ACTIVITY.matcher(arn).matches()) {
      return new TaskResource(arn, Kind.ACTIVITY, Pattern.REQUEST_RESPONSE, "activity", arn);
    }
    String rest = arn.startsWith(SERVICE_PREFIX) ? arn.substring(SERVICE_PREFIX.length()) : arn;
    Pattern pattern = Pattern.REQUEST_RESPONSE;
    if (rest.endsWith(".waitForTaskToken")) {
      pattern = Pattern.WAIT_FOR_TASK_TOKEN;
    } else if (rest.endsWith(".sync:2")) {
      pattern = Pattern.SYNC_2;
    } else if (rest.endsWith(".sync")) {
      pattern = Pattern.SYNC;
    }
    int colon =
        pattern == Pattern.SYNC_2
            ? rest.lastIndexOf(':', rest.length() - 3)
            : rest.lastIndexOf(':');
    if (colon < 0) {
      return new TaskResource(arn, Kind.SERVICE, pattern, rest, rest);
    }
    return new TaskResource(
        arn, Kind.SERVICE, pattern, rest.substring(0, colon), rest.substring(colon + 1));
  }

  /** Whether this starts a Step Functions execution ({@code states:startExecution...}). */
  public boolean startsExecution() {
    return kind == Kind.SERVICE
        && "states".equals(resourceType)
        && resource.startsWith("startExecution");
  }
}
