package io.github.sfnemulator.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.fixtures.wiremock.DynamoDbStubs;
import io.github.sfnemulator.fixtures.wiremock.SqsStubs;
import io.github.sfnemulator.mock.TaskMocks;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@link AwsServices} wired without Docker: a WireMock that answers on DynamoDB's and SQS's wire
 * protocols stands where LocalStack would, so the endpoint, region, credentials, the routing of
 * states between it and the mocks, and the injected SDK clients are all observable.
 */
@StepFunctionsTest
@org.junit.jupiter.api.parallel.Execution(ExecutionMode.SAME_THREAD)
class AwsServicesTest {
  static final WireMockServer LOCALSTACK = started();

  @AwsServices(states = "SaveOrder")
  static AwsEndpoint services =
      AwsEndpoint.of(URI.create(LOCALSTACK.baseUrl()))
          .withRegion("eu-west-1")
          .withCredentials("AKIDLOCALSTACK", "secret");

  static final String ORDER =
      """
      {"StartAt":"SaveOrder","States":{
        "SaveOrder":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem",
          "Parameters":{"TableName":"orders","Item":{"id":{"S.$":"$.id"}}},
          "ResultPath":null,"Next":"Notify"},
        "Notify":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
          "Parameters":{"QueueUrl":"http://sqs.local/orders","MessageBody.$":"$.id"},
          "ResultPath":null,"End":true}}}
      """;

  SqsClient sqsField;

  static WireMockServer started() {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    return server;
  }

  @AfterAll
  static void stop() {
    LOCALSTACK.stop();
  }

  @BeforeEach
  void reset() {
    LOCALSTACK.resetAll();
  }

  @Test
  void a_listed_state_calls_the_endpoint_with_its_region_and_credentials(
      StepFunctionsEmulator sfn, TaskMocks mocks) {
    // GIVEN SaveOrder routed to the services, Notify mocked
    LOCALSTACK.stubFor(DynamoDbStubs.putItem("orders").willReturn(DynamoDbStubs.ok()));
    mocks.stubFor(state("Notify").willReturn("{}"));

    // WHEN
    Execution execution = run(sfn, "{\"id\":\"o-1\"}");

    // THEN the put reached the endpoint, signed for eu-west-1 by the field's access key
    assertThat(execution).hasSucceeded().hasEnteredStatesExactly("SaveOrder", "Notify");
    LOCALSTACK.verify(
        1,
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", containing("DynamoDB_20120810.PutItem"))
            .withHeader(
                "Authorization",
                containing("Credential=AKIDLOCALSTACK/").and(containing("/eu-west-1/dynamodb/")))
            .withRequestBody(matchingJsonPath("$.Item.id.S", containing("o-1"))));
    assertThat(LOCALSTACK.getAllServeEvents()).hasSize(1);
    mocks.verify(1, invocationsOf("Notify"));
  }

  @Test
  void a_mock_wins_over_the_endpoint_for_a_listed_state(
      StepFunctionsEmulator sfn, TaskMocks mocks) {
    // GIVEN both states mocked
    mocks.stubFor(state("SaveOrder").willReturn("{}"));
    mocks.stubFor(state("Notify").willReturn("{}"));

    // WHEN
    Execution execution = run(sfn, "{\"id\":\"o-2\"}");

    // THEN nothing reached the endpoint
    assertThat(execution).hasSucceeded();
    assertThat(LOCALSTACK.getAllServeEvents()).isEmpty();
    mocks.verify(1, invocationsOf("SaveOrder"));
  }

  @Test
  void an_error_of_the_endpoint_is_the_states_error(StepFunctionsEmulator sfn, TaskMocks mocks) {
    // GIVEN the table is missing in the container
    LOCALSTACK.stubFor(
        DynamoDbStubs.putItem("orders").willReturn(DynamoDbStubs.resourceNotFound()));

    // WHEN
    Execution execution = run(sfn, "{\"id\":\"o-3\"}");

    // THEN as Step Functions names a DynamoDB error
    assertThat(execution).hasFailedWith("DynamoDB.ResourceNotFoundException");
    mocks.verify(0, invocationsOf("Notify"));
  }

  @Test
  void injects_sdk_clients_of_the_same_endpoint(DynamoDbClient dynamo) throws IOException {
    // GIVEN an item in the "container"
    LOCALSTACK.stubFor(
        DynamoDbStubs.getItem("orders")
            .willReturn(
                DynamoDbStubs.item(new ObjectMapper().readTree("{\"id\":{\"S\":\"o-1\"}}"))));

    // WHEN the test reads it back with its client
    var item =
        dynamo
            .getItem(
                b -> b.tableName("orders").key(java.util.Map.of("id", AttributeValue.fromS("o-1"))))
            .item();

    // THEN
    assertThat(item).containsEntry("id", AttributeValue.fromS("o-1"));
    LOCALSTACK.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader(
                "Authorization",
                containing("Credential=AKIDLOCALSTACK/").and(containing("/eu-west-1/dynamodb/"))));
  }

  @Test
  void fills_an_sdk_client_field_with_one_client_per_class(SqsClient parameter) {
    LOCALSTACK.stubFor(
        SqsStubs.sendMessage("http://sqs.local/q").willReturn(SqsStubs.sent("hi", "m-1")));

    String id =
        sqsField.sendMessage(b -> b.queueUrl("http://sqs.local/q").messageBody("hi")).messageId();

    assertThat(id).isEqualTo("m-1");
    assertThat(parameter).isSameAs(sqsField);
  }

  private static Execution run(StepFunctionsEmulator sfn, String input) {
    return sfn.startExecution(sfn.createStateMachine("order", ORDER).arn(), input).await();
  }
}
