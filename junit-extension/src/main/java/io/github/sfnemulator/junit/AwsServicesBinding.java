package io.github.sfnemulator.junit;

import io.github.sfnemulator.mock.AwsBackends;
import io.github.sfnemulator.mock.ServiceRoutes;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponder;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
  private final AwsEndpoint endpoint;
  private final ServiceRoutes routes;
  private final ServicesContainer container;
  private final AwsBackends backends;
  private final Map<Class<?>, AutoCloseable> clients = new ConcurrentHashMap<>();

  AwsServicesBinding(AwsEndpoint endpoint, AwsServices settings, ServicesContainer container) {
    this.endpoint = endpoint;
    this.routes = new ServiceRoutes(Set.of(settings.states()), Set.of(settings.services()));
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
   * The Task responder of one emulator: {@code mocks} first; the services for the calls routed to
   * them; {@code unrouted} for the others.
   */
  TaskResponder responder(TaskMocks mocks, TaskResponder unrouted) {
    return routes.responder(mocks, backends, unrouted);
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
