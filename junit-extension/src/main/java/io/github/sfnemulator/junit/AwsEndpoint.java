package io.github.sfnemulator.junit;

import io.github.sfnemulator.mock.AwsBackends;
import java.net.URI;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where AWS services answer, and as whom: one endpoint for every service (LocalStack, Floci, a
 * WireMock that stands in for them), a region and static credentials. The value of an {@link
 * AwsServices} field that is no container, and what a container field is turned into.
 *
 * <pre>{@code
 * @AwsServices(states = "SaveOrder")
 * static AwsEndpoint localstack = AwsEndpoint.of(URI.create("http://localhost:4566"));
 * }</pre>
 *
 * @param endpoint the endpoint every SDK client calls
 * @param region the signing region
 * @param accessKeyId the access key id (any value for LocalStack and WireMock)
 * @param secretAccessKey the secret access key
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AwsEndpoint(URI endpoint, String region, String accessKeyId, String secretAccessKey) {

  public AwsEndpoint {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
  }

  /** {@code endpoint} in us-east-1, with the credentials test/test. */
  public static AwsEndpoint of(URI endpoint) {
    return new AwsEndpoint(endpoint, "us-east-1", "test", "test");
  }

  public AwsEndpoint withRegion(String region) {
    return new AwsEndpoint(endpoint, region, accessKeyId, secretAccessKey);
  }

  public AwsEndpoint withCredentials(String accessKeyId, String secretAccessKey) {
    return new AwsEndpoint(endpoint, region, accessKeyId, secretAccessKey);
  }

  /** {@code AwsBackends} calling this endpoint; the caller closes it. */
  public AwsBackends backends() {
    return AwsBackends.newBuilder()
        .endpoint(endpoint)
        .region(region)
        .credentials(accessKeyId, secretAccessKey)
        .build();
  }

  /**
   * A synchronous AWS SDK client of this endpoint, e.g. {@code client(DynamoDbClient.class)}; the
   * caller closes it. S3 clients address buckets by path, as LocalStack and WireMock serve them.
   *
   * @throws IllegalArgumentException when {@code type} is not an AWS SDK v2 service client
   */
  public <C> C client(Class<C> type) {
    return type.cast(SdkClients.build(type, this));
  }
}
