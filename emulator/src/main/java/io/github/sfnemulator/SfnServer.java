package io.github.sfnemulator;

import io.github.sfnemulator.internal.server.HttpEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import org.apiguardian.api.API;

/**
 * The Step Functions API over HTTP (AWS JSON 1.0), so an unmodified {@code SfnClient} of the AWS
 * SDK can drive an emulator, as it drove AWS Step Functions Local on port 8083.
 *
 * <pre>{@code
 * try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create();
 *     SfnServer server = SfnServer.start(emulator, ServerOptions.getDefaultInstance())) {
 *   SfnClient sfn = SfnClient.builder()
 *       .endpointOverride(server.endpoint())
 *       .region(Region.US_EAST_1)
 *       .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
 *       // StartSyncExecution and TestState would go to sync-127.0.0.1 otherwise:
 *       .overrideConfiguration(c -> c.putAdvancedOption(
 *           SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
 *       .build();
 * }
 * }</pre>
 *
 * <p>It binds to loopback unless {@link ServerOptions#host()} says otherwise. A client that stalls
 * holds no thread and is disconnected after {@link ServerOptions#readTimeout()}; every refusal is
 * an AWS JSON error ({@code __type}, {@code message}), and anything thrown while serving, an {@link
 * Error} included, is a 500 {@code InternalFailure}. Closing the server leaves the emulator open.
 * Under the emulator's virtual clock, the server drives time forward for started executions, so
 * Wait states pass at once.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SfnServer implements AutoCloseable {
  private final HttpEndpoint endpoint;

  private SfnServer(HttpEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * Starts serving {@code emulator}.
   *
   * @throws UncheckedIOException when the address cannot be bound (the port is taken)
   */
  public static SfnServer start(StepFunctionsEmulator emulator, ServerOptions options) {
    try {
      return new SfnServer(HttpEndpoint.start(emulator, options));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
    }
  }

  /** Starts serving on loopback at an ephemeral port. */
  public static SfnServer start(StepFunctionsEmulator emulator) {
    return start(emulator, ServerOptions.getDefaultInstance());
  }

  /** The port it listens on (the ephemeral port chosen when the options said 0). */
  public int port() {
    return endpoint.address().getPort();
  }

  /** {@code http://HOST:PORT}, for {@code SfnClient.builder().endpointOverride(...)}. */
  public URI endpoint() {
    InetAddress address = endpoint.address().getAddress();
    String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port());
  }

  /** Stops serving; requests in flight are cut off. The emulator stays open. */
  @Override
  public void close() {
    endpoint.close();
  }
}
