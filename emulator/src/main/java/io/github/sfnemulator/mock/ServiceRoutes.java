package io.github.sfnemulator.mock;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Which Task calls go to real services (such as {@link AwsBackends} on a LocalStack container)
 * rather than to mocks: those of the listed states, or of the listed services; with neither list,
 * every call. Mocks still win: {@link #responder} asks them first.
 *
 * <pre>{@code
 * ServiceRoutes routes = new ServiceRoutes(Set.of("SaveOrder"), Set.of("sqs"));
 * TaskResponder responder = routes.responder(mocks, awsBackends, mocks);
 * }</pre>
 *
 * @param states the Task states whose calls the services answer
 * @param services the services whose calls they answer, named as in the Resource: {@code lambda},
 *     {@code dynamodb}, {@code sns}, {@code sqs}, {@code events}, or the SERVICE of {@code
 *     aws-sdk:SERVICE:ACTION}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ServiceRoutes(Set<String> states, Set<String> services) {
  private static final Pattern SERVICE_ARN = Pattern.compile("^arn:[^:]+:states:::([^:]+):(.*)$");
  private static final Pattern FUNCTION_ARN =
      Pattern.compile("^arn:[^:]+:lambda:[^:]*:[^:]*:function:.+$");

  public ServiceRoutes {
    states = Set.copyOf(Objects.requireNonNull(states, "states"));
    services = Set.copyOf(Objects.requireNonNull(services, "services"));
  }

  /** Every call goes to the services. */
  public static ServiceRoutes all() {
    return new ServiceRoutes(Set.of(), Set.of());
  }

  /** Whether {@code call} goes to the services when no mock answers it. */
  public boolean routes(TaskCall call) {
    if (states.isEmpty() && services.isEmpty()) {
      return true;
    }
    return states.contains(call.stateName()) || services.contains(serviceOf(call.resource()));
  }

  /**
   * Answers a routed call with {@code mocks}, else {@code services}; any other call with {@code
   * unrouted} (e.g. the same mocks as a {@link TaskResponder}, which fail a call they do not know).
   */
  public TaskResponder responder(
      OptionalTaskResponder mocks, TaskResponder services, TaskResponder unrouted) {
    TaskResponder routed = mocks.orElse(services);
    return call -> routes(call) ? routed.respond(call) : unrouted.respond(call);
  }

  /**
   * The service a Task resource calls: {@code dynamodb} for {@code
   * arn:aws:states:::dynamodb:putItem}, {@code s3} for {@code
   * arn:aws:states:::aws-sdk:s3:getObject}, {@code lambda} for a function ARN; null for an activity
   * or anything else.
   */
  public static String serviceOf(String resource) {
    if (FUNCTION_ARN.matcher(resource).matches()) {
      return "lambda";
    }
    Matcher m = SERVICE_ARN.matcher(resource);
    if (!m.matches()) {
      return null;
    }
    if (!m.group(1).equals("aws-sdk")) {
      return m.group(1);
    }
    int colon = m.group(2).indexOf(':');
    return colon < 0 ? null : m.group(2).substring(0, colon);
  }
}
