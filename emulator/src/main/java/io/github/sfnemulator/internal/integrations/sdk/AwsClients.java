package io.github.sfnemulator.internal.integrations.sdk;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The SDK clients of one backend, built on first use and shared: SDK clients are thread-safe. The
 * SDK does not retry: a state's Retry policy decides, as it does against AWS.
 */
public final class AwsClients implements AutoCloseable {
  private final BackendSettings settings;
  private final SdkHttpClient http = UrlConnectionHttpClient.create();
  private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

  public AwsClients(BackendSettings settings) {
    this.settings = settings;
  }

  /** The client of {@code service}, typed by the caller. */
  public <C extends SdkClient> C client(SdkService service, Class<C> type) {
    return type.cast(clients.computeIfAbsent(service.id(), id -> build(service)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private SdkClient build(SdkService service) {
    AwsSyncClientBuilder<?, ?> sync = service.builder().get();
    sync.httpClient(http);
    AwsClientBuilder builder = (AwsClientBuilder) sync;
    URI endpoint = settings.endpointFor(service.id());
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    builder.region(Region.of(settings.region()));
    builder.credentialsProvider(
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())));
    builder.overrideConfiguration(
        ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()).build());
    if (builder instanceof S3ClientBuilder s3) {
      // WireMock and LocalStack serve buckets by path, not by virtual host.
      s3.forcePathStyle(endpoint != null);
    }
    return (SdkClient) builder.build();
  }

  @Override
  public void close() {
    clients.values().forEach(SdkClient::close);
    clients.clear();
    http.close();
  }
}
