package io.github.sfnemulator.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Which Task calls a mock answers or a verification counts: a state name, a resource, a Lambda
 * state, or a Lambda function whatever state invokes it, narrowed by parameter matchers. Immutable;
 * {@link #withParameters} returns a new pattern.
 *
 * <pre>{@code
 * mocks.verify(3, invocationsOf("Charge"));                 // by state name
 * mocks.verify(1, callsToFunction("charge-card"));         // by Lambda function, from any state
 * mocks.verify(invocationsOf("Notify").withParameters(matchingJsonPath("$.Message")));
 * List<TaskCall> published = mocks.findAll(callsTo("arn:aws:states:::sns:publish"));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CallPattern {
  private static final Pattern LAMBDA_RESOURCE =
      Pattern.compile(
          "^arn:[^:]+:(states:::lambda:invoke(\\.waitForTaskToken)?|lambda:[^:]*:[^:]*:function:.+)$");

  private final String stateName;
  private final String resource;
  private final boolean lambdaOnly;
  private final List<ParametersMatcher> matchers;
  private final String function;

  CallPattern(
      String stateName, String resource, boolean lambdaOnly, List<ParametersMatcher> matchers) {
    this(stateName, resource, lambdaOnly, matchers, null);
  }

  private CallPattern(
      String stateName,
      String resource,
      boolean lambdaOnly,
      List<ParametersMatcher> matchers,
      String function) {
    this.stateName = stateName;
    this.resource = resource;
    this.lambdaOnly = lambdaOnly;
    this.matchers = List.copyOf(matchers);
    this.function = function;
  }

  /** Calls to the Lambda function {@code function} (a name or ARN), from any state. */
  static CallPattern function(String function) {
    return new CallPattern(null, null, false, List.of(), LambdaFunctions.name(function));
  }

  /** This pattern, also requiring the parameters to satisfy {@code matcher}. */
  public CallPattern withParameters(ParametersMatcher matcher) {
    List<ParametersMatcher> all = new ArrayList<>(matchers);
    all.add(matcher);
    return new CallPattern(stateName, resource, lambdaOnly, all, function);
  }

  /** Whether {@code resource} is a Lambda function ARN or the lambda:invoke integration. */
  static boolean isLambda(String resource) {
    return resource != null && LAMBDA_RESOURCE.matcher(resource).matches();
  }

  /** Whether the state name and resource select {@code call}, parameters aside. */
  boolean selects(TaskCall call) {
    return (stateName == null || stateName.equals(call.stateName()))
        && (resource == null || resource.equals(call.resource()))
        && (!lambdaOnly || isLambda(call.resource()))
        && (function == null || function.equals(LambdaFunctions.invokedBy(call)));
  }

  public boolean matches(TaskCall call) {
    return selects(call) && mismatches(call).isEmpty();
  }

  /**
   * What about {@code call} this pattern rejects, for near-miss messages; empty when it matches.
   */
  List<String> mismatches(TaskCall call) {
    List<String> out = new ArrayList<>();
    if (stateName != null && !stateName.equals(call.stateName())) {
      out.add("state name '" + stateName + "' was '" + call.stateName() + "'");
    }
    if (resource != null && !resource.equals(call.resource())) {
      out.add("resource '" + resource + "' was '" + call.resource() + "'");
    }
    if (lambdaOnly && !isLambda(call.resource())) {
      out.add("a Lambda resource, was '" + call.resource() + "'");
    }
    if (function != null && !function.equals(LambdaFunctions.invokedBy(call))) {
      out.add("Lambda function '" + function + "' was " + LambdaFunctions.describeInvoked(call));
    }
    for (ParametersMatcher m : matchers) {
      if (!m.matches(call.parameters())) {
        out.add("parameters " + m.describe() + " did not match " + call.parameters());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (function != null) {
      b.append("lambdaFunction(\"").append(function).append("\")");
    } else if (lambdaOnly) {
      b.append("lambda(\"").append(stateName).append("\")");
    } else if (stateName != null) {
      b.append("state(\"").append(stateName).append("\")");
    } else {
      b.append("resource(\"").append(resource).append("\")");
    }
    matchers.forEach(m -> b.append(".withParameters(").append(m.describe()).append(")"));
    return b.toString();
  }
}
