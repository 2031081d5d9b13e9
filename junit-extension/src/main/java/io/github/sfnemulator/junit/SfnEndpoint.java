package io.github.sfnemulator.junit;

import io.github.sfnemulator.SfnServer;
import io.github.sfnemulator.StepFunctionsEmulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * An {@link SfnServer} on a loopback ephemeral port serving a test's emulator, and an {@code
 * SfnClient} pointed at it. Only this class names the SDK's Step Functions client, so the extension
 * works without it on the class path until a test asks for an {@code SfnClient}.
 */
final class SfnEndpoint implements AutoCloseable {
  /** A constant, so that reading it does not initialise this class (see Injection). */
  static final String CLIENT_TYPE = "software.amazon.awssdk.services.sfn.SfnClient";

  private final SfnServer server;
  private final SfnClient client;

  SfnEndpoint(StepFunctionsEmulator emulator, String region) {
    this.server = SfnServer.start(emulator);
    this.client =
        SfnClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.of(region))
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            // StartSyncExecution and TestState would go to sync-127.0.0.1 otherwise.
            .overrideConfiguration(
                c ->
                    c.putAdvancedOption(
                        SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
            .build();
  }

  Object client() {
    return client;
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      server.close();
    }
  }
}
