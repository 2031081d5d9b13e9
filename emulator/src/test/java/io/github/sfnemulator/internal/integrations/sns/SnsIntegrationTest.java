package io.github.sfnemulator.internal.integrations.sns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.internal.integrations.sdk.WireMockBackend;
import io.github.sfnemulator.mock.TaskResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SNS speaks the AWS query protocol: form-encoded requests, XML responses. */
class SnsIntegrationTest {
  static final WireMockBackend aws = new WireMockBackend();

  @AfterAll
  static void stop() {
    aws.close();
  }

  @BeforeEach
  void reset() {
    aws.server.resetAll();
  }

  @Test
  void publish_sends_a_json_message_as_text_and_returns_the_message_id() {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .withRequestBody(containing("Action=Publish"))
            .withRequestBody(containing("Message=%7B%22a%22%3A1%7D"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/xml")
                    .withBody(
                        "<PublishResponse"
                            + " xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>"
                            + "<MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>req-1"
                            + "</RequestId></ResponseMetadata></PublishResponse>")));

    TaskResponse r =
        aws.call(
            "arn:aws:states:::sns:publish",
            "{\"TopicArn\":\"arn:aws:sns:us-east-1:111111111111:t\",\"Message\":{\"a\":1}}");

    var result = ((TaskResponse.Return) r).result();
    assertThat(result.get("MessageId").asText()).isEqualTo("m-1");
    assertThat(result.at("/SdkResponseMetadata/RequestId").asText()).isEqualTo("req-1");
    assertThat(result.at("/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
  }

  @Test
  void missing_topic_is_sns_not_found_exception() {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "text/xml")
                    .withBody(
                        "<ErrorResponse"
                            + " xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic"
                            + " does not exist</Message></Error>"
                            + "<RequestId>req-2</RequestId></ErrorResponse>")));

    TaskResponse r =
        aws.call(
            "arn:aws:states:::sns:publish",
            "{\"TopicArn\":\"arn:aws:sns:us-east-1:1:t\",\"Message\":\"m\"}");

    assertThat(r)
        .isEqualTo(
            TaskResponse.throwing(
                "SNS.NotFoundException",
                "Topic does not exist (Service: AmazonSNS; Status Code: 404; Error Code: NotFound;"
                    + " Request ID: req-2; Proxy: null)"));
  }
}
