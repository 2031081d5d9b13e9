package io.github.sfnemulator.internal.integrations.sdk;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.AwsBackends;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;
import java.net.URI;

/** A WireMock server on a random port and {@link AwsBackends} pointed at it, for one test class. */
public final class WireMockBackend implements AutoCloseable {
  public final WireMockServer server = new WireMockServer(options().dynamicPort());
  public final AwsBackends backends;

  public WireMockBackend() {
    server.start();
    backends =
        AwsBackends.newBuilder()
            .endpoint(URI.create("http://localhost:" + server.port()))
            .region("us-east-1")
            .credentials("test", "test")
            .build();
  }

  /** Calls {@code resource} as state {@code Task} would, with parameters as JSON text. */
  public TaskResponse call(String resource, String parameters) {
    JsonNode p = Json.parse(parameters);
    return backends.respond(
        new TaskCall(
            "arn:aws:states:us-east-1:111111111111:execution:m:e", "Task", resource, p, 0, null));
  }

  @Override
  public void close() {
    backends.close();
    server.stop();
  }
}
