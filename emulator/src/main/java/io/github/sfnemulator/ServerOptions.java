package io.github.sfnemulator;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Settings of an {@link SfnServer}: where it listens, how many requests it serves at once and how
 * large a request may be.
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
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ServerOptions(
    String host, int port, int threads, int maxRequestBytes, Duration activityPollTimeout) {

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(activityPollTimeout, "activityPollTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not 0 (ephemeral) to 65535");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1024, was " + maxRequestBytes);
    }
    if (activityPollTimeout.isNegative()) {
      throw new IllegalArgumentException("activityPollTimeout must not be negative");
    }
  }

  /** Loopback, an ephemeral port, 32 threads, 1 MiB requests, 60-second activity polls. */
  public static ServerOptions getDefaultInstance() {
    return newBuilder().build();
  }

  public static Builder newBuilder() {
    return new Builder();
  }

  /** Builds {@link ServerOptions}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private int threads = 32;
    private int maxRequestBytes = 1024 * 1024;
    private Duration activityPollTimeout = Duration.ofSeconds(60);

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

    public ServerOptions build() {
      return new ServerOptions(host, port, threads, maxRequestBytes, activityPollTimeout);
    }
  }
}
