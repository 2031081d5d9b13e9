package io.github.sfnemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed requests over raw HTTP get AWS's error JSON, never a stack trace. */
class RawHttpTest {
  private final ServerFixture f = new ServerFixture();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void close() {
    f.close();
  }

  private HttpResponse<String> post(String target, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(f.server.endpoint() + "/"))
            .header("Content-Type", "application/x-amz-json-1.0")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{not json                                   | ValidationException | not valid JSON",
        "[1, 2]                                      | ValidationException | must be a JSON object",
        "{}                                          | ValidationException | Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null",
        "{\"stateMachineArn\": 42}                    | ValidationException | 'stateMachineArn' must be a string",
        "{\"stateMachineArn\": \"arn:aws:states:us-east-1:123456789012:stateMachine:M\", \"maxResults\": 5000} | ValidationException | Member must have value less than or equal to 1000",
      })
  void malformed_requests_get_a_validation_exception(String body, String type, String message)
      throws Exception {
    HttpResponse<String> response = post("AWSStepFunctions.ListExecutions", body);

    JsonNode json = Json.parse(response.body());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/x-amz-json-1.0");
    assertThat(json.path("__type").asText()).isEqualTo(type);
    assertThat(json.path("message").asText()).contains(message);
    assertThat(response.body()).doesNotContain("at io.github", "Exception:");
  }

  @Test
  void unknown_or_missing_operations_are_unknown_operation_exceptions() throws Exception {
    HttpResponse<String> unknown = post("AWSStepFunctions.LaunchRocket", "{}");
    HttpResponse<String> missing = post(null, "{}");

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(Json.parse(unknown.body()).path("__type").asText())
        .isEqualTo("UnknownOperationException");
    assertThat(Json.parse(missing.body()).path("__type").asText())
        .isEqualTo("UnknownOperationException");
  }

  @Test
  void a_request_over_the_size_limit_is_rejected_with_413() {
    // GIVEN a request whose announced body is one byte over the limit. The server answers as soon
    // as it reads the headers, so the client sends no body: a client still writing one could see
    // the connection closed under it before reading the answer.
    int size = ServerOptions.getDefaultInstance().maxRequestBytes() + 1;
    try (RawSocket socket = new RawSocket(f.server.port())) {
      // WHEN
      RawSocket.Reply reply =
          socket
              .send(
                  "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AWSStepFunctions.StartExecution\r\n"
                      + "Content-Type: application/x-amz-json-1.0\r\nContent-Length: "
                      + size
                      + "\r\n\r\n")
              .readUntilClosed();

      // THEN
      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.json().path("__type").asText()).isEqualTo("ValidationException");
    }
  }

  @Test
  void timestamps_are_epoch_seconds_as_json_numbers() throws Exception {
    f.emulator.createStateMachine("M", StateMachineApiTest.PASS);

    HttpResponse<String> response =
        post(
            "AWSStepFunctions.DescribeStateMachine",
            "{\"stateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:M\"}");

    JsonNode date = Json.parse(response.body()).path("creationDate");
    assertThat(date.isNumber()).isTrue();
    assertThat(date.decimalValue()).isEqualByComparingTo("1704067200");
  }

  @Test
  void tolerates_any_host_header_such_as_the_sync_prefix() throws Exception {
    f.emulator.createStateMachine("M", StateMachineApiTest.PASS);
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(f.server.endpoint() + "/"))
            .header("X-Amz-Target", "AWSStepFunctions.StartSyncExecution")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"stateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:M\"}"))
            .build();
    // java.net.http forbids setting Host; the handler never reads it, so this is the whole check.
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Json.parse(response.body()).path("status").asText()).isEqualTo("SUCCEEDED");
  }
}
