package io.github.sfnemulator.internal.integrations.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwsSdkIntegrationTest {
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
  void s3_get_object_returns_the_body_as_text() {
    aws.server.stubFor(
        get(urlPathEqualTo("/bucket/items.json"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("[1,2]")));

    TaskResponse r =
        aws.call(
            "arn:aws:states:::aws-sdk:s3:getObject",
            "{\"Bucket\":\"bucket\",\"Key\":\"items.json\"}");

    var result = ((TaskResponse.Return) r).result();
    assertThat(result.get("Body").asText()).isEqualTo("[1,2]");
    assertThat(result.get("ContentType").asText()).isEqualTo("application/json");
  }

  @Test
  void s3_put_object_sends_the_body() {
    aws.server.stubFor(
        put(urlPathEqualTo("/bucket/k"))
            .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"e\"")));

    TaskResponse r =
        aws.call(
            "arn:aws:states:::aws-sdk:s3:putObject",
            "{\"Bucket\":\"bucket\",\"Key\":\"k\",\"Body\":{\"a\":1}}");

    aws.server.verify(putRequestedFor(urlPathEqualTo("/bucket/k")));
    assertThat(((TaskResponse.Return) r).result().get("ETag").asText()).isEqualTo("\"e\"");
  }

  @Test
  void s3_missing_key_is_s3_no_such_key_exception() {
    aws.server.stubFor(
        get(urlPathEqualTo("/bucket/nope"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("x-amz-request-id", "req-3")
                    .withBody(
                        "<Error><Code>NoSuchKey</Code><Message>The specified key does not"
                            + " exist.</Message></Error>")));

    TaskResponse.Throw t =
        (TaskResponse.Throw)
            aws.call(
                "arn:aws:states:::aws-sdk:s3:getObject",
                "{\"Bucket\":\"bucket\",\"Key\":\"nope\"}");

    assertThat(t.error()).isEqualTo("S3.NoSuchKeyException");
    assertThat(t.cause())
        .isEqualTo(
            "The specified key does not exist. (Service: S3, Status Code: 404, Request ID: req-3)"
                + " (SDK Attempt Count: 1)");
  }

  @Test
  void secrets_manager_unmodeled_error_is_the_service_base_exception() {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("secretsmanager.CreateSecret"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("x-amzn-RequestId", "req-4")
                    .withBody(
                        "{\"__type\":\"ValidationException\",\"message\":\"Invalid name.\"}")));

    TaskResponse.Throw t =
        (TaskResponse.Throw)
            aws.call(
                "arn:aws:states:::aws-sdk:secretsmanager:createSecret",
                "{\"Name\":\"bad name\",\"SecretString\":\"s\"}");

    assertThat(t.error()).isEqualTo("SecretsManager.SecretsManagerException");
    assertThat(t.cause())
        .isEqualTo(
            "Invalid name. (Service: SecretsManager, Status Code: 400, Request ID: req-4) (SDK"
                + " Attempt Count: 1)");
  }

  @Test
  void sqs_and_lambda_actions_map_pascal_case_parameters() {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AmazonSQS.GetQueueUrl"))
            .withRequestBody(equalToJson("{\"QueueName\":\"q\"}"))
            .willReturn(aResponse().withStatus(200).withBody("{\"QueueUrl\":\"http://x/1/q\"}")));

    assertThat(aws.call("arn:aws:states:::aws-sdk:sqs:getQueueUrl", "{\"QueueName\":\"q\"}"))
        .isEqualTo(TaskResponse.returning(Json.parse("{\"QueueUrl\":\"http://x/1/q\"}")));
  }

  @Test
  void integer_members_are_the_nodes_their_json_text_parses_to() {
    aws.server.stubFor(
        post(urlPathEqualTo("/2015-03-31/functions/f/invocations"))
            .willReturn(aResponse().withStatus(200).withBody("{}")));

    TaskResponse r = aws.call("arn:aws:states:::aws-sdk:lambda:invoke", "{\"FunctionName\":\"f\"}");

    assertThat(((TaskResponse.Return) r).result().get("StatusCode")).isEqualTo(Json.parse("200"));
  }

  @Test
  void sfn_takes_and_gives_pascal_case_members_over_its_camel_case_wire_protocol() {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AWSStepFunctions.StartExecution"))
            .withHeader("Content-Type", equalTo("application/x-amz-json-1.0"))
            .withHeader(
                "Authorization",
                matching("AWS4-HMAC-SHA256 Credential=test/\\d{8}/us-east-1/states/aws4_request.*"))
            .withRequestBody(equalToJson("{\"stateMachineArn\":\"arn:sm\",\"input\":\"{}\"}"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("{\"executionArn\":\"arn:ex\",\"startDate\":1.7E9}")));

    TaskResponse r =
        aws.call(
            "arn:aws:states:::aws-sdk:sfn:startExecution",
            "{\"StateMachineArn\":\"arn:sm\",\"Input\":\"{}\"}");

    assertThat(r)
        .isEqualTo(
            TaskResponse.returning(
                Json.parse(
                    "{\"ExecutionArn\":\"arn:ex\",\"StartDate\":\"2023-11-14T22:13:20Z\"}")));
  }

  @Test
  void sfn_names_errors_like_the_sdk() {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AWSStepFunctions.SendTaskSuccess"))
            .withRequestBody(equalToJson("{\"taskToken\":\"t\",\"output\":\"{}\"}"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("x-amzn-RequestId", "req-5")
                    .withBody(
                        "{\"__type\":\"com.amazonaws.swf.service.v2.model#InvalidToken\",\"message\":\"Invalid"
                            + " Token: 'Invalid token'\"}")));

    TaskResponse r =
        aws.call(
            "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
            "{\"TaskToken\":\"t\",\"Output\":\"{}\"}");

    assertThat(r)
        .isEqualTo(
            TaskResponse.throwing(
                "Sfn.InvalidTokenException",
                "Invalid Token: 'Invalid token' (Service: Sfn, Status Code: 400, Request ID: req-5)"
                    + " (SDK Attempt Count: 1)"));
  }

  @Test
  void eventbridge_modeled_error_is_its_sdk_exception() {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AWSEvents.DescribeRule"))
            .withRequestBody(equalToJson("{\"Name\":\"r\"}"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("x-amzn-RequestId", "req-6")
                    .withBody(
                        "{\"__type\":\"ResourceNotFoundException\",\"message\":\"Rule r does not"
                            + " exist.\"}")));

    TaskResponse r =
        aws.call("arn:aws:states:::aws-sdk:eventbridge:describeRule", "{\"Name\":\"r\"}");

    assertThat(r)
        .isEqualTo(
            TaskResponse.throwing(
                "EventBridge.ResourceNotFoundException",
                "Rule r does not exist. (Service: EventBridge, Status Code: 400, Request ID: req-6)"
                    + " (SDK Attempt Count: 1)"));
  }

  @Test
  void unknown_field_action_service_and_resource_are_clear_runtime_errors() {
    assertThatThrownBy(
            () -> aws.call("arn:aws:states:::aws-sdk:dynamodb:getItem", "{\"Table\":\"t\"}"))
        .isInstanceOf(StatesException.class)
        .hasMessageContaining("The field 'Table' at $ is not supported")
        .hasMessageContaining("TableName");
    assertThatThrownBy(() -> aws.call("arn:aws:states:::aws-sdk:dynamodb:getThing", "{}"))
        .hasMessageContaining("'getThing' is not an action of service 'dynamodb'");
    assertThatThrownBy(() -> aws.call("arn:aws:states:::aws-sdk:kinesis:putRecord", "{}"))
        .hasMessageContaining("do not support the aws-sdk service 'kinesis'");
    assertThatThrownBy(() -> aws.call("arn:aws:states:::ecs:runTask.sync", "{}"))
        .isInstanceOfSatisfying(
            StatesException.class, e -> assertThat(e.error()).isEqualTo("States.Runtime"))
        .hasMessageContaining(
            "cannot call the resource 'arn:aws:states:::ecs:runTask.sync' of Task state 'Task'");
  }
}
