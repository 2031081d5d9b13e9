package io.github.sfnemulator.junit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * A Testcontainers container held by an {@link AwsServices} field: started if it is not running,
 * read as an {@link AwsEndpoint}, stopped only if started here. The only class that names
 * Testcontainers, so the extension loads without it.
 *
 * <p>Only {@code GenericContainer}'s API is linked, which Testcontainers 1.x and 2.x share; a
 * LocalStack container's own endpoint, region and credentials are read by name, so both versions'
 * {@code LocalStackContainer} (and images that are not LocalStack, such as Floci) work.
 */
final class ServicesContainer {
  static final String CONTAINER_TYPE = "org.testcontainers.containers.GenericContainer";

  private final GenericContainer<?> container;
  private final boolean startedHere;
  private final AwsEndpoint endpoint;

  private ServicesContainer(
      GenericContainer<?> container, boolean startedHere, AwsEndpoint endpoint) {
    this.container = container;
    this.startedHere = startedHere;
    this.endpoint = endpoint;
  }

  /** Whether {@code type} is a Testcontainers container, by name (loads nothing). */
  static boolean isContainer(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(CONTAINER_TYPE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts {@code value} unless running, and reads where it answers.
   *
   * @param region the region when the container does not say (the emulator's)
   */
  static ServicesContainer start(Object value, AwsServices settings, String where, String region) {
    GenericContainer<?> container = (GenericContainer<?>) value;
    boolean startedHere = false;
    if (!container.isRunning()) {
      if (!dockerAvailable()) {
        throw new ExtensionConfigurationException(noDocker(where, value.getClass()));
      }
      container.start();
      startedHere = true;
    }
    return new ServicesContainer(container, startedHere, endpointOf(container, settings, region));
  }

  static boolean dockerAvailable() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  /** Why a test class with a container field cannot run here. */
  static String noDocker(String where, Class<?> type) {
    return where
        + " holds a "
        + type.getSimpleName()
        + ", but Docker is not available here: Testcontainers found no Docker environment. Start"
        + " Docker (or set DOCKER_HOST) to run these tests.";
  }

  AwsEndpoint endpoint() {
    return endpoint;
  }

  /** Stops the container if it was started here; one started elsewhere is left running. */
  void stop() {
    if (startedHere) {
      container.stop();
    }
  }

  private static AwsEndpoint endpointOf(
      GenericContainer<?> container, AwsServices settings, String region) {
    Object declared = call(container, "getEndpoint");
    URI uri =
        declared instanceof URI u
            ? u
            : URI.create(
                "http://" + container.getHost() + ":" + container.getMappedPort(settings.port()));
    AwsEndpoint endpoint = AwsEndpoint.of(uri);
    if (call(container, "getRegion") instanceof String r) {
      endpoint = endpoint.withRegion(r);
    } else {
      endpoint = endpoint.withRegion(region);
    }
    if (call(container, "getAccessKey") instanceof String key
        && call(container, "getSecretKey") instanceof String secret) {
      endpoint = endpoint.withCredentials(key, secret);
    }
    return endpoint;
  }

  /** A public no-argument getter of the container's own class (LocalStack's), or null. */
  private static Object call(Object container, String getter) {
    try {
      Method m = container.getClass().getMethod(getter);
      return m.invoke(container);
    } catch (NoSuchMethodException e) {
      return null;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ExtensionConfigurationException(
          "Cannot read " + getter + "() of " + container.getClass().getName() + ": " + e, e);
    }
  }
}
