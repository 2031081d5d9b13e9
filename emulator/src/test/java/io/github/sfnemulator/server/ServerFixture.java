package io.github.sfnemulator.server;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.SfnServer;
import io.github.sfnemulator.StepFunctionsEmulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** An emulator, a server on an ephemeral loopback port and an SfnClient pointed at it. */
final class ServerFixture implements AutoCloseable {
  final StepFunctionsEmulator emulator;
  final SfnServer server;
  final SfnClient sfn;

  ServerFixture() {
    this(EmulatorOptions.getDefaultInstance(), ServerOptions.getDefaultInstance());
  }

  ServerFixture(EmulatorOptions emulatorOptions, ServerOptions serverOptions) {
    this.emulator = StepFunctionsEmulator.create(emulatorOptions);
    this.server = SfnServer.start(emulator, serverOptions);
    this.sfn = client(server, true);
  }

  /**
   * An unmodified SfnClient; {@code disableHostPrefix} keeps StartSyncExecution and TestState on
   * the endpoint's host instead of {@code sync-127.0.0.1}.
   */
  static SfnClient client(SfnServer server, boolean disableHostPrefix) {
    return SfnClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(
            c ->
                c.putAdvancedOption(
                    SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, disableHostPrefix))
        .build();
  }

  @Override
  public void close() {
    sfn.close();
    server.close();
    emulator.close();
  }
}
