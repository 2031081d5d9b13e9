package io.github.sfnemulator;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Settings of an {@link SfnServer}: where it listens, how many requests it serves at once, how
 * large a request may be and how long a client may keep it waiting.
 *
 * <pre>{@code
 * ServerOptions options = ServerOptions.newBuilder().port(8083).build();
 * }</pre>
 *
 * @param host the interface to bind; loopback ({@code 127.0.0.1}) unless told otherwise
 * @param port the port, 0 for an ephemeral one
 * @param threads requests served at once; a GetActivityTask long poll holds one for its wait
 * @param maxRequestBytes larger request bodies are rejected with a ValidationException (HTTP 413)
 * @param activityPollTimeout how long GetActivityTask waits for a task (AWS: 60 seconds)
 * @param readTimeout how long a connection may be silent: a client that sends part of a request, or
 *     keeps an idle connection, is disconnected after it (a request body that stops arriving gets a
 *     408 {@code RequestTimeout} first); requests being served are not cut by it
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ServerOptions(
    String host,
    int port,
    int threads,
    int maxRequestBytes,
    Duration activityPollTimeout,
    Duration readTimeout) {

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(activityPollTimeout, "activityPollTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not 0 (ephemeral) to 65535");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException(
          "maxRequestBytes must be at least 1024, was " + maxRequestBytes);
    }
    if (activityPollTimeout.isNegative()) {
      throw new IllegalArgumentException("activityPollTimeout must not be negative");
    }
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("readTimeout must be positive, was " + readTimeout);
    }
  }

  /**
   * Loopback, an ephemeral port, 32 threads, 4 MiB requests, 60-second activity polls, a 30-second
   * read timeout.
   */
  public static ServerOptions getDefaultInstance() {
    return newBuilder().build();
  }

  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Builds {@link ServerOptions}.
   *
   * <pre>{@code
   * ServerOptions options =
   *     ServerOptions.newBuilder().host("0.0.0.0").port(8083).readTimeout(Duration.ofSeconds(10)).build();
   * }</pre>
   */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private int threads = 32;
    // Room for a definition at AWS's 1,048,576-character limit with its JSON escaping, so that one
    // just over it meets AWS's ValidationException rather than this server's size limit.
    private int maxRequestBytes = 4 * 1024 * 1024;
    private Duration activityPollTimeout = Duration.ofSeconds(60);
    private Duration readTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /** The interface to bind, e.g. {@code 0.0.0.0} to accept other hosts (containers). */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    public Builder maxRequestBytes(int maxRequestBytes) {
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    public Builder activityPollTimeout(Duration activityPollTimeout) {
      this.activityPollTimeout = activityPollTimeout;
      return this;
    }

    /** How long a connection may be silent before it is closed; 30 seconds by default. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    public ServerOptions build() {
      return new ServerOptions(
          host, port, threads, maxRequestBytes, activityPollTimeout, readTimeout);
    }
  }
}
