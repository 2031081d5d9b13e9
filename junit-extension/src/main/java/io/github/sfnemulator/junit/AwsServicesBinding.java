package io.github.sfnemulator.junit;

import io.github.sfnemulator.mock.AwsBackends;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * The AWS services of a test class's {@link AwsServices} field: which Task calls they answer,
 * {@code AwsBackends} calling them, and the SDK clients injected into tests. One per test class,
 * closed (and its container stopped, if started here) after the class.
 */
final class AwsServicesBinding implements AutoCloseable {
  private static final Pattern SERVICE_ARN = Pattern.compile("^arn:[^:]+:states:::([^:]+):(.*)$");
  private static final Pattern FUNCTION_ARN =
      Pattern.compile("^arn:[^:]+:lambda:[^:]*:[^:]*:function:.+$");

  private final AwsEndpoint endpoint;
  private final Set<String> states;
  private final Set<String> services;
  private final ServicesContainer container;
  private final AwsBackends backends;
  private final Map<Class<?>, AutoCloseable> clients = new ConcurrentHashMap<>();

  AwsServicesBinding(AwsEndpoint endpoint, AwsServices settings, ServicesContainer container) {
    this.endpoint = endpoint;
    this.states = Set.of(settings.states());
    this.services = Set.of(settings.services());
    this.container = container;
    this.backends = endpoint.backends();
  }

  /**
   * The binding of {@code testClass}'s {@link AwsServices} field, with its container started; null
   * when it has none.
   *
   * @param region the emulator's region, for a container that does not name one
   */
  static AwsServicesBinding open(Class<?> testClass, String region) {
    Field field = field(testClass);
    if (field == null) {
      return null;
    }
    String where = where(field);
    if (!Modifier.isStatic(field.getModifiers())) {
      throw new ExtensionConfigurationException(
          where
              + " is not static: the services live as long as the test class. Make the field"
              + " static.");
    }
    AwsServices settings = field.getAnnotation(AwsServices.class);
    Object value;
    try {
      field.setAccessible(true);
      value = field.get(null);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new ExtensionConfigurationException("Cannot read " + where + ": " + e.getMessage(), e);
    }
    if (value instanceof AwsEndpoint endpoint) {
      return new AwsServicesBinding(endpoint, settings, null);
    }
    if (value != null && ServicesContainer.isContainer(value.getClass())) {
      ServicesContainer container = ServicesContainer.start(value, settings, where, region);
      try {
        return new AwsServicesBinding(container.endpoint(), settings, container);
      } catch (RuntimeException e) {
        container.stop();
        throw e;
      }
    }
    throw new ExtensionConfigurationException(
        where
            + " holds "
            + (value == null ? "null" : "a " + value.getClass().getName())
            + ": it must hold a Testcontainers container (such as LocalStackContainer) or an"
            + " AwsEndpoint. Assign it where it is declared.");
  }

  /**
   * Whether {@code testClass} can run here: not when its {@link AwsServices} field is declared as a
   * container, Docker is absent, and {@link AwsServices#disabledWithoutDocker()} holds. Decided
   * from the declared type, before the class is initialised: some containers (LocalStack's in
   * Testcontainers 2) ask Docker already when constructed.
   */
  static ConditionEvaluationResult condition(Class<?> testClass) {
    Field field = field(testClass);
    if (field == null
        || !ServicesContainer.isContainer(field.getType())
        || !field.getAnnotation(AwsServices.class).disabledWithoutDocker()
        || ServicesContainer.dockerAvailable()) {
      return ConditionEvaluationResult.enabled("no container, or Docker is available");
    }
    return ConditionEvaluationResult.disabled(
        ServicesContainer.noDocker(where(field), field.getType())
            + " Skipped: @AwsServices(disabledWithoutDocker = true).");
  }

  private static Field field(Class<?> testClass) {
    List<Field> fields =
        AnnotationSupport.findAnnotatedFields(
            testClass, AwsServices.class, f -> true, HierarchyTraversalMode.TOP_DOWN);
    if (fields.size() > 1) {
      throw new ExtensionConfigurationException(
          "@AwsServices is on "
              + fields.stream().map(Injection::describe).toList()
              + ": one field may hold the AWS services of a class. Keep one.");
    }
    return fields.isEmpty() ? null : fields.get(0);
  }

  private static String where(Field field) {
    return "@AwsServices " + Injection.describe(field);
  }

  /**
   * Whether {@code call} goes to the services when no mock selects it: its state is listed, or its
   * service is, or neither list is given.
   */
  boolean routes(TaskCall call) {
    if (states.isEmpty() && services.isEmpty()) {
      return true;
    }
    return states.contains(call.stateName()) || services.contains(serviceOf(call.resource()));
  }

  TaskResponse respond(TaskCall call) {
    return backends.respond(call);
  }

  /**
   * The service a Task resource calls, as {@link AwsServices#services()} names it: {@code
   * dynamodb} for {@code arn:aws:states:::dynamodb:putItem}, {@code s3} for {@code
   * arn:aws:states:::aws-sdk:s3:getObject}, {@code lambda} for a function ARN; else null.
   */
  static String serviceOf(String resource) {
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

  /** The test's SDK client of {@code type} for these services, built once per class. */
  Object client(Class<?> type) {
    return clients.computeIfAbsent(type, t -> (AutoCloseable) endpoint.client(t));
  }

  @Override
  public void close() {
    try {
      for (AutoCloseable c : clients.values()) {
        try {
          c.close();
        } catch (Exception e) {
          // an SDK client's close does not throw; nothing else to release for it
        }
      }
      backends.close();
    } finally {
      if (container != null) {
        container.stop();
      }
    }
  }
}
