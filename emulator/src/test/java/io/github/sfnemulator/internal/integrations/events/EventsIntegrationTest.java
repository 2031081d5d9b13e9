package io.github.sfnemulator.internal.integrations.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.internal.integrations.sdk.WireMockBackend;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventsIntegrationTest {
  static final WireMockBackend aws = new WireMockBackend();

  @AfterAll
  static void stop() {
    aws.close();
  }

  @BeforeEach
  void reset() {
    aws.server.resetAll();
  }

  private static void stub(String response) {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
            .withHeader("Content-Type", equalTo("application/x-amz-json-1.1"))
            .withHeader(
                "Authorization",
                matching("AWS4-HMAC-SHA256 Credential=test/\\d{8}/us-east-1/events/aws4_request.*"))
            .withRequestBody(
                equalToJson(
                    "{\"Entries\":[{\"Detail\":\"{\\\"Message\\\":\\\"hi\\\"}\",\"DetailType\":\"t\",\"Source\":\"s\"}]}"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/x-amz-json-1.1")
                    .withBody(response)));
  }

  @Test
  void put_events_signs_the_request_sends_detail_as_text_and_returns_the_body() {
    stub("{\"Entries\":[{\"EventId\":\"e-1\"}],\"FailedEntryCount\":0}");

    TaskResponse r =
        aws.call(
            "arn:aws:states:::events:putEvents",
            "{\"Entries\":[{\"Detail\":{\"Message\":\"hi\"},\"DetailType\":\"t\",\"Source\":\"s\"}]}");

    assertThat(r)
        .isEqualTo(
            TaskResponse.returning(
                Json.parse("{\"Entries\":[{\"EventId\":\"e-1\"}],\"FailedEntryCount\":0}")));
  }

  @Test
  void failed_entries_fail_the_task_with_the_response_as_cause() {
    String body =
        "{\"Entries\":[{\"ErrorCode\":\"MalformedDetail\",\"ErrorMessage\":\"Detail is"
            + " malformed.\"}],\"FailedEntryCount\":1}";
    stub(body);

    TaskResponse r =
        aws.call(
            "arn:aws:states:::events:putEvents",
            "{\"Entries\":[{\"Detail\":{\"Message\":\"hi\"},\"DetailType\":\"t\",\"Source\":\"s\"}]}");

    assertThat(r).isEqualTo(TaskResponse.throwing("EventBridge.FailedEntry", body));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "InternalException | 500 | EventBridge.InternalException",
        "ValidationException | 400 | EventBridge.AmazonEventBridgeException"
      })
  void service_errors_have_v1_names_and_causes(String code, int status, String error) {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("x-amzn-RequestId", "req-1")
                    .withBody("{\"__type\":\"" + code + "\",\"message\":\"No.\"}")));

    TaskResponse r =
        aws.call(
            "arn:aws:states:::events:putEvents",
            "{\"Entries\":[{\"Detail\":\"{}\",\"DetailType\":\"t\",\"Source\":\"s\"}]}");

    assertThat(r)
        .isEqualTo(
            TaskResponse.throwing(
                error,
                "No. (Service: AmazonEventBridge; Status Code: "
                    + status
                    + "; Error Code: "
                    + code
                    + "; Request ID: req-1; Proxy: null)"));
  }
}
