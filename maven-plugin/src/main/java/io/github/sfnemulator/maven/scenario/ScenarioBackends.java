package io.github.sfnemulator.maven.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Real AWS services for the Task states no mock answers: a container started for the scenario
 * (LocalStack, or an image that speaks the same API such as Floci) or an endpoint already running.
 *
 * <pre>{@code
 * backends: localstack                    # the default image, every unmocked call
 *
 * backends:
 *   type: localstack
 *   image: floci/floci:1.5.11             # any image answering the AWS APIs on port 4566
 *   services: [dynamodb]                  # only DynamoDB calls; the rest must be mocked
 *
 * backends:
 *   endpoint: http://localhost:4566       # a LocalStack you started yourself
 *   states: [SaveOrder]
 * }</pre>
 *
 * @param type {@code localstack}: a container from {@code image}; absent when {@code endpoint} is
 *     given
 * @param image the container image; {@value #DEFAULT_IMAGE} when absent
 * @param port the port the AWS APIs listen on inside the container; 4566 when absent
 * @param environment the container's environment ({@code LOCALSTACK_AUTH_TOKEN} is passed on from
 *     the build's environment)
 * @param endpoint the URL of services already running, instead of a container
 * @param region the signing region; us-east-1 when absent
 * @param states the Task states the services answer; with {@code services} empty, all states
 * @param services the services they answer (lambda, dynamodb, sns, sqs, events, or the SERVICE of
 *     aws-sdk:SERVICE:ACTION)
 */
public record ScenarioBackends(
    String type,
    String image,
    Integer port,
    Map<String, String> environment,
    String endpoint,
    String region,
    List<String> states,
    List<String> services) {
  /** LocalStack's image when a scenario names none. */
  public static final String DEFAULT_IMAGE = "localstack/localstack:4.4";

  /** The type of a container backend. */
  public static final String LOCALSTACK = "localstack";

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public ScenarioBackends(
      @JsonProperty("type") String type,
      @JsonProperty("image") String image,
      @JsonProperty("port") Integer port,
      @JsonProperty("environment") Map<String, String> environment,
      @JsonProperty("endpoint") String endpoint,
      @JsonProperty("region") String region,
      @JsonProperty("states") List<String> states,
      @JsonProperty("services") List<String> services) {
    this.type = type == null && endpoint == null ? LOCALSTACK : type;
    this.image = image == null ? DEFAULT_IMAGE : image;
    this.port = port == null ? 4566 : port;
    this.environment = environment == null ? Map.of() : Map.copyOf(environment);
    this.endpoint = endpoint;
    this.region = region == null ? "us-east-1" : region;
    this.states = states == null ? List.of() : List.copyOf(states);
    this.services = services == null ? List.of() : List.copyOf(services);
  }

  /** {@code backends: localstack}: a container of the default image for every unmocked call. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ScenarioBackends ofType(String type) {
    return new ScenarioBackends(type, null, null, null, null, null, null, null);
  }

  /** Whether a container is started for the scenario (else the endpoint is called). */
  public boolean container() {
    return endpoint == null;
  }

  /**
   * Checks what Jackson cannot: one of a container or an endpoint, and a known type.
   *
   * @throws ScenarioException naming {@code file} and the field
   */
  public void check(String file) {
    if (endpoint != null && type != null) {
      throw new ScenarioException(
          file
              + ": backends: give either 'type: localstack' (a container) or 'endpoint' (services"
              + " already running), not both");
    }
    if (endpoint == null && !LOCALSTACK.equals(type)) {
      throw new ScenarioException(
          file
              + ": backends: unknown type '"
              + type
              + "'. Use 'localstack' (a container from 'image': LocalStack, or an image that speaks"
              + " the same API such as floci/floci), or give 'endpoint'.");
    }
    if (port < 1 || port > 65535) {
      throw new ScenarioException(file + ": backends.port " + port + " is not a port (1-65535)");
    }
  }
}
