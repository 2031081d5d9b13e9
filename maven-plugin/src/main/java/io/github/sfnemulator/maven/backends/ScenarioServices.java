package io.github.sfnemulator.maven.backends;

import io.github.sfnemulator.maven.scenario.ScenarioBackends;
import io.github.sfnemulator.mock.AwsBackends;
import io.github.sfnemulator.mock.OptionalTaskResponder;
import io.github.sfnemulator.mock.ServiceRoutes;
import io.github.sfnemulator.mock.TaskResponder;
import java.net.URI;
import java.util.Set;

/**
 * The real AWS services of one scenario run ({@code backends:} in the scenario file): the container
 * started for it, or the endpoint it names, and the Task responder each case's emulator uses.
 * Opened before the scenario's cases and closed after them.
 *
 * <pre>{@code
 * try (ScenarioServices services = ScenarioServices.open(scenario.backends())) {
 *   TaskResponder responder = services.responder(caseMocks, TaskResponder.unmocked(hint));
 *   // ... each case's emulator answers its Task states with responder ...
 * }
 * }</pre>
 */
public final class ScenarioServices implements AutoCloseable {
  private static final ScenarioServices NONE = new ScenarioServices(null, null, null, null);

  private final ServiceRoutes routes;
  private final AwsBackends backends;
  private final ScenarioContainer container;
  private final String unavailable;

  private ScenarioServices(
      ServiceRoutes routes, AwsBackends backends, ScenarioContainer container, String unavailable) {
    this.routes = routes;
    this.backends = backends;
    this.container = container;
    this.unavailable = unavailable;
  }

  /**
   * Starts the scenario's container, or reads its endpoint; none when {@code spec} is null.
   *
   * @throws IllegalStateException when the container cannot start, or Testcontainers is absent
   */
  public static ScenarioServices open(ScenarioBackends spec) {
    if (spec == null) {
      return NONE;
    }
    ServiceRoutes routes =
        new ServiceRoutes(Set.copyOf(spec.states()), Set.copyOf(spec.services()));
    if (!spec.container()) {
      return new ScenarioServices(routes, backends(URI.create(spec.endpoint()), spec), null, null);
    }
    if (!testcontainersPresent()) {
      throw new IllegalStateException(
          "backends: "
              + spec.type()
              + " starts a container with Testcontainers, which is not on the plugin's class path."
              + " Add org.testcontainers:testcontainers (and the AWS SDK service clients) to the"
              + " sfn-maven-plugin's <dependencies> in your pom.xml.");
    }
    if (!ScenarioContainer.dockerAvailable()) {
      return new ScenarioServices(
          routes,
          null,
          null,
          "backends: "
              + spec.type()
              + " needs Docker for the container "
              + spec.image()
              + ", but Docker is not available here (Testcontainers found no Docker environment)."
              + " Start Docker (or set DOCKER_HOST) to run this case.");
    }
    ScenarioContainer container = ScenarioContainer.start(spec);
    try {
      return new ScenarioServices(routes, backends(container.endpoint(), spec), container, null);
    } catch (RuntimeException e) {
      container.stop();
      throw e;
    }
  }

  /** Asked by name, so that ScenarioContainer, which links Testcontainers, is not loaded. */
  private static boolean testcontainersPresent() {
    try {
      Class.forName(
          "org.testcontainers.containers.GenericContainer",
          false,
          ScenarioServices.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static AwsBackends backends(URI endpoint, ScenarioBackends spec) {
    return AwsBackends.newBuilder().endpoint(endpoint).region(spec.region()).build();
  }

  /** Why the scenario's cases cannot run here (no Docker for its container), or null. */
  public String unavailable() {
    return unavailable;
  }

  /**
   * A case's responder: its mocks, then the services for the calls routed to them, and {@code
   * unmocked} for the calls neither answers.
   */
  public TaskResponder responder(OptionalTaskResponder mocks, TaskResponder unmocked) {
    TaskResponder unrouted = mocks.orElse(unmocked);
    return backends == null ? unrouted : routes.responder(mocks, backends, unrouted);
  }

  @Override
  public void close() {
    try {
      if (backends != null) {
        backends.close();
      }
    } finally {
      if (container != null) {
        container.stop();
      }
    }
  }
}
