package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The workflow in the emulator, its table in a LocalStack container: runs where Docker is, and is
 * skipped with its reason where it is not (AwsServicesWiringTest checks the skip). The image is
 * {@code -Dsfn.localstack.image} (LocalStack's recent images also need LOCALSTACK_AUTH_TOKEN in the
 * environment).
 */
@StepFunctionsTest
class LocalStackContainerTest {
  @AwsServices(services = "dynamodb")
  static LocalStackContainer localstack =
      new LocalStackContainer(
              DockerImageName.parse(
                      System.getProperty("sfn.localstack.image", "localstack/localstack:4.4"))
                  .asCompatibleSubstituteFor("localstack/localstack"))
          .withEnv(authToken());

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

  @Test
  void the_workflow_writes_to_the_containers_table(
      StepFunctionsEmulator sfn, TaskMocks mocks, DynamoDbClient dynamo) {
    // GIVEN the table in the container, and Notify mocked
    dynamo.createTable(
        b ->
            b.tableName("orders")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(
                    a -> a.attributeName("id").attributeType(ScalarAttributeType.S)));
    mocks.stubFor(state("Notify").willReturn("{}"));

    // WHEN
    String arn = sfn.createStateMachine("order", ORDER).arn();
    assertThat(sfn.startExecution(arn, "{\"id\":\"o-1\"}").await()).hasSucceeded();

    // THEN the test reads back what the workflow wrote
    Map<String, AttributeValue> item =
        dynamo
            .getItem(b -> b.tableName("orders").key(Map.of("id", AttributeValue.fromS("o-1"))))
            .item();
    assertThat(item).containsEntry("id", AttributeValue.fromS("o-1"));
  }

  private static Map<String, String> authToken() {
    String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
    return token == null ? Map.of() : Map.of("LOCALSTACK_AUTH_TOKEN", token);
  }
}
