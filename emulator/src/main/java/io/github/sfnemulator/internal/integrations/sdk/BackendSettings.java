package io.github.sfnemulator.internal.integrations.sdk;

import java.net.URI;
import java.util.Map;

/**
 * Where and as whom the remote backends call AWS: one endpoint for every service (WireMock,
 * LocalStack) unless a service has its own, a region and static credentials.
 *
 * @param endpoint the endpoint for every service, or null for AWS's own endpoints
 * @param serviceEndpoints endpoints by Step Functions service name ({@code lambda}, {@code sqs}...)
 */
public record BackendSettings(
    URI endpoint,
    Map<String, URI> serviceEndpoints,
    String region,
    String accessKeyId,
    String secretAccessKey) {

  public BackendSettings {
    serviceEndpoints = Map.copyOf(serviceEndpoints);
  }

  /** The endpoint for {@code service}, or null to let the SDK choose AWS's. */
  public URI endpointFor(String service) {
    return serviceEndpoints.getOrDefault(service, endpoint);
  }
}
