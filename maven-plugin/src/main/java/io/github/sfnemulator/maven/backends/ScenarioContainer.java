package io.github.sfnemulator.maven.backends;

import io.github.sfnemulator.maven.scenario.ScenarioBackends;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The container of a scenario's {@code backends: localstack}. The only class that names
 * Testcontainers, an optional dependency of the plugin, so the plugin runs without it.
 */
final class ScenarioContainer {
  /** LocalStack's images need it since March 2026; passed on from the build's environment. */
  private static final String AUTH_TOKEN = "LOCALSTACK_AUTH_TOKEN";

  private final GenericContainer<?> container;
  private final URI endpoint;

  private ScenarioContainer(GenericContainer<?> container, URI endpoint) {
    this.container = container;
    this.endpoint = endpoint;
  }

  static boolean dockerAvailable() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  static ScenarioContainer start(ScenarioBackends spec) {
    Map<String, String> environment = new HashMap<>(spec.environment());
    String token = System.getenv(AUTH_TOKEN);
    if (token != null) {
      environment.putIfAbsent(AUTH_TOKEN, token);
    }
    GenericContainer<?> container =
        new GenericContainer<>(DockerImageName.parse(spec.image()))
            .withExposedPorts(spec.port())
            .withEnv(environment);
    if (spec.image().toLowerCase(Locale.ROOT).contains("localstack")) {
      // LocalStack opens its port before its services are ready; its health check says when.
      container.waitingFor(Wait.forHttp("/_localstack/health").forPort(spec.port()));
    }
    container.start();
    return new ScenarioContainer(
        container,
        URI.create("http://" + container.getHost() + ":" + container.getMappedPort(spec.port())));
  }

  URI endpoint() {
    return endpoint;
  }

  void stop() {
    container.stop();
  }
}
