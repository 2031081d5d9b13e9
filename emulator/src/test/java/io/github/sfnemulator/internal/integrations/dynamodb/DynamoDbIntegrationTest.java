package io.github.sfnemulator.internal.integrations.dynamodb;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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

class DynamoDbIntegrationTest {
  static final WireMockBackend aws = new WireMockBackend();

  @AfterAll
  static void stop() {
    aws.close();
  }

  @BeforeEach
  void reset() {
    aws.server.resetAll();
  }

  private static void stub(String target, String requestJson, int status, String body) {
    aws.server.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("DynamoDB_20120810." + target))
            .withRequestBody(equalToJson(requestJson))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/x-amz-json-1.0")
                    .withHeader("x-amzn-RequestId", "req-1")
                    .withBody(body)));
  }

  @Test
  void get_item_returns_the_item_in_dynamodb_json_with_http_metadata() {
    stub(
        "GetItem",
        "{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"id1\"}}}",
        200,
        "{\"Item\":{\"id\":{\"S\":\"id1\"},\"n\":{\"N\":\"5\"},\"b\":{\"B\":\"AQI=\"}}}");

    TaskResponse r =
        aws.call(
            "arn:aws:states:::dynamodb:getItem",
            "{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"id1\"}}}");

    var result = ((TaskResponse.Return) r).result();
    assertThat(result.get("Item"))
        .isEqualTo(
            Json.parse("{\"id\":{\"S\":\"id1\"},\"n\":{\"N\":\"5\"},\"b\":{\"B\":\"AQI=\"}}"));
    assertThat(result.at("/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
    assertThat(result.at("/SdkResponseMetadata/RequestId").asText()).isEqualTo("req-1");
  }

  @Test
  void put_item_sends_the_item_and_returns_only_metadata() {
    stub(
        "PutItem",
        "{\"TableName\":\"t\",\"Item\":{\"id\":{\"S\":\"id1\"},\"l\":{\"L\":[{\"N\":\"1\"}]}}}",
        200,
        "{}");

    TaskResponse r =
        aws.call(
            "arn:aws:states:::dynamodb:putItem",
            "{\"TableName\":\"t\",\"Item\":{\"id\":{\"S\":\"id1\"},\"l\":{\"L\":[{\"N\":\"1\"}]}}}");

    assertThat(((TaskResponse.Return) r).result().fieldNames())
        .toIterable()
        .containsExactly("SdkHttpMetadata", "SdkResponseMetadata");
  }

  @Test
  void update_item_returns_the_attributes() {
    stub(
        "UpdateItem",
        "{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"id1\"}},\"UpdateExpression\":\"set S=:r\","
            + "\"ExpressionAttributeValues\":{\":r\":{\"S\":\"x\"}},\"ReturnValues\":\"UPDATED_NEW\"}",
        200,
        "{\"Attributes\":{\"S\":{\"S\":\"x\"}}}");

    TaskResponse r =
        aws.call(
            "arn:aws:states:::dynamodb:updateItem",
            "{\"ReturnValues\":\"UPDATED_NEW\",\"TableName\":\"t\",\"UpdateExpression\":\"set"
                + " S=:r\","
                + "\"Key\":{\"id\":{\"S\":\"id1\"}},\"ExpressionAttributeValues\":{\":r\":{\"S\":\"x\"}}}");

    assertThat(((TaskResponse.Return) r).result().get("Attributes"))
        .isEqualTo(Json.parse("{\"S\":{\"S\":\"x\"}}"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ConditionalCheckFailedException|The conditional request"
            + " failed|DynamoDB.ConditionalCheckFailedException",
        "ResourceNotFoundException|Requested resource not found|DynamoDB.ResourceNotFoundException",
        "ValidationException|1 validation error detected|DynamoDB.AmazonDynamoDBException"
      })
  void service_errors_have_v1_names_and_causes(String code, String message, String error) {
    stub(
        "DeleteItem",
        "{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"id1\"}}}",
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
            + code
            + "\",\"message\":\""
            + message
            + "\"}");

    TaskResponse r =
        aws.call(
            "arn:aws:states:::dynamodb:deleteItem",
            "{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"id1\"}}}");

    assertThat(r)
        .isEqualTo(
            TaskResponse.throwing(
                error,
                message
                    + " (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: "
                    + code
                    + "; Request ID: req-1; Proxy: null)"));
  }

  @Test
  void aws_sdk_form_returns_the_plain_response_and_v2_errors() {
    stub(
        "GetItem",
        "{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"id1\"}}}",
        200,
        "{\"Item\":{\"id\":{\"S\":\"id1\"}}}");
    stub(
        "PutItem",
        "{\"TableName\":\"t\"}",
        400,
        "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"1 validation"
            + " error detected: Value null at 'item' failed to satisfy constraint: Member must not"
            + " be null\"}");

    assertThat(
            aws.call(
                "arn:aws:states:::aws-sdk:dynamodb:getItem",
                "{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"id1\"}}}"))
        .isEqualTo(TaskResponse.returning(Json.parse("{\"Item\":{\"id\":{\"S\":\"id1\"}}}")));
    TaskResponse.Throw t =
        (TaskResponse.Throw)
            aws.call(
                "arn:aws:states:::aws-sdk:dynamodb:putItem", "{\"TableName\":\"t\",\"Item\":null}");
    assertThat(t.error()).isEqualTo("DynamoDb.DynamoDbException");
    assertThat(t.cause())
        .isEqualTo(
            "1 validation error detected: Value null at 'item' failed to satisfy constraint: Member"
                + " must not be null (Service: DynamoDb, Status Code: 400, Request ID: req-1) (SDK"
                + " Attempt Count: 1)");
  }
}
