package io.github.sfnemulator.internal.integrations.sqs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.internal.integrations.sdk.WireMockBackend;
import io.github.sfnemulator.mock.TaskResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SQS speaks the AWS JSON 1.0 protocol in SDK 2.41 (AmazonSQS.SendMessage). */
class SqsIntegrationTest {
  static final WireMockBackend aws = new WireMockBackend();
  private static final String QUEUE = "http://localhost/111111111111/q";

  @AfterAll
  static void stop() {
    aws.close();
  }

  @BeforeEach
  void reset() {
    aws.server.resetAll();
  }

  @Test
  void send_message_sends_json_body_as_text_and_returns_md5_and_id() throws Exception {
    String body = "{\"a\":1}";
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AmazonSQS.SendMessage"))
            .withRequestBody(
                equalToJson("{\"QueueUrl\":\"" + QUEUE + "\",\"MessageBody\":\"{\\\"a\\\":1}\"}"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/x-amz-json-1.0")
                    .withHeader("x-amzn-RequestId", "req-1")
                    .withBody(
                        "{\"MD5OfMessageBody\":\"" + md5(body) + "\",\"MessageId\":\"m-1\"}")));

    TaskResponse r =
        aws.call(
            "arn:aws:states:::sqs:sendMessage",
            "{\"QueueUrl\":\"" + QUEUE + "\",\"MessageBody\":{\"a\":1}}");

    var result = ((TaskResponse.Return) r).result();
    assertThat(result.get("MessageId").asText()).isEqualTo("m-1");
    assertThat(result.get("MD5OfMessageBody").asText()).isEqualTo(md5(body));
    assertThat(result.has("SdkHttpMetadata")).isTrue();
  }

  @Test
  void missing_queue_is_sqs_queue_does_not_exist_exception() {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/x-amz-json-1.0")
                    .withHeader("x-amzn-RequestId", "req-2")
                    .withHeader(
                        "x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender")
                    .withBody(
                        "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"The"
                            + " specified queue does not exist.\"}")));

    TaskResponse.Throw t =
        (TaskResponse.Throw)
            aws.call(
                "arn:aws:states:::sqs:sendMessage",
                "{\"QueueUrl\":\"" + QUEUE + "\",\"MessageBody\":\"m\"}");

    assertThat(t.error()).isEqualTo("SQS.QueueDoesNotExistException");
    assertThat(t.cause())
        .startsWith(
            "The specified queue does not exist. (Service: AmazonSQS; Status Code: 400; Error Code:"
                + " ");
  }

  @Test
  void unreachable_endpoint_is_sqs_sdk_client_exception() {
    try (var down =
        io.github.sfnemulator.mock.AwsBackends.newBuilder()
            .endpoint(java.net.URI.create("http://no-such-queue-host.invalid"))
            .build()) {
      TaskResponse.Throw t =
          (TaskResponse.Throw)
              down.respond(
                  new io.github.sfnemulator.mock.TaskCall(
                      "e",
                      "Send",
                      "arn:aws:states:::sqs:sendMessage",
                      io.github.sfnemulator.internal.json.Json.parse(
                          "{\"QueueUrl\":\"q\",\"MessageBody\":\"m\"}"),
                      0,
                      null));
      assertThat(t.error()).isEqualTo("SQS.SdkClientException");
      assertThat(t.cause())
          .startsWith("Unable to execute HTTP request: ")
          .contains("no-such-queue-host.invalid");
    }
  }

  private static String md5(String s) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
