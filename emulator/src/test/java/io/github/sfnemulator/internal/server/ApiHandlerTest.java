package io.github.sfnemulator.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.internal.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiHandlerTest {
  private final StepFunctionsEmulator emulator = StepFunctionsEmulator.create();
  private final HttpClient http = HttpClient.newHttpClient();
  private HttpEndpoint endpoint;

  @AfterEach
  void close() {
    if (endpoint != null) {
      endpoint.close();
    }
    emulator.close();
  }

  private HttpResponse<String> post(String operation) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.address().getPort() + "/"))
            .header("X-Amz-Target", "AWSStepFunctions." + operation)
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"StackOverflow", "OutOfMemory", "Assertion"})
  void an_error_thrown_while_serving_is_a_500_internal_failure_and_the_server_goes_on(String kind)
      throws Exception {
    // GIVEN operations that throw Errors, beside one that works
    Map<String, Operation> operations =
        Map.of(
            "StackOverflow",
                r -> {
                  throw new StackOverflowError();
                },
            "OutOfMemory",
                r -> {
                  throw new OutOfMemoryError("Java heap space");
                },
            "Assertion",
                r -> {
                  throw new AssertionError("a mock's assertion");
                },
            "Ping", r -> Json.NODES.objectNode().put("ok", true));
    endpoint =
        HttpEndpoint.start(
            operations,
            ServerOptions.getDefaultInstance(),
            VirtualTimeDriver.forEmulator(emulator));
    // WHEN
    HttpResponse<String> failed = post(kind);
    HttpResponse<String> next = post("Ping");
    // THEN
    JsonNode body = Json.parse(failed.body());
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
    assertThat(body.path("__type").asText()).isEqualTo("InternalFailure");
    assertThat(body.path("message").asText())
        .startsWith("The emulator failed to serve this request: " + kind);
    assertThat(next.statusCode()).isEqualTo(200);
  }

  @Test
  void a_runtime_exception_thrown_while_serving_is_a_500_internal_failure() throws Exception {
    // GIVEN
    Map<String, Operation> operations =
        Map.of(
            "Boom",
            r -> {
              throw new IllegalStateException("boom");
            });
    endpoint =
        HttpEndpoint.start(
            operations,
            ServerOptions.getDefaultInstance(),
            VirtualTimeDriver.forEmulator(emulator));
    // WHEN
    HttpResponse<String> failed = post("Boom");
    // THEN
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(Json.parse(failed.body()).path("message").asText())
        .isEqualTo("The emulator failed to serve this request: IllegalStateException: boom");
  }
}
