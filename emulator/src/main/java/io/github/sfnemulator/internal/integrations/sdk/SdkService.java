package io.github.sfnemulator.internal.integrations.sdk;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A service reached through an AWS SDK for Java v2 client.
 *
 * @param id the service name in Step Functions resources ({@code aws-sdk:dynamodb:getItem})
 * @param errorPrefix the service name that prefixes aws-sdk error names ({@code DynamoDb})
 * @param clientType the client interface whose methods are the service's actions
 */
public record SdkService(
    String id,
    String errorPrefix,
    Class<? extends SdkClient> clientType,
    Supplier<? extends AwsSyncClientBuilder<?, ?>> builder) {

  private static final Map<String, SdkService> BY_ID =
      Map.of(
          "lambda", new SdkService("lambda", "Lambda", LambdaClient.class, LambdaClient::builder),
          "dynamodb",
              new SdkService("dynamodb", "DynamoDb", DynamoDbClient.class, DynamoDbClient::builder),
          "sns", new SdkService("sns", "Sns", SnsClient.class, SnsClient::builder),
          "sqs", new SdkService("sqs", "Sqs", SqsClient.class, SqsClient::builder),
          "s3", new SdkService("s3", "S3", S3Client.class, S3Client::builder),
          "secretsmanager",
              new SdkService(
                  "secretsmanager",
                  "SecretsManager",
                  SecretsManagerClient.class,
                  SecretsManagerClient::builder),
          "eventbridge",
              new SdkService(
                  "eventbridge",
                  "EventBridge",
                  EventBridgeClient.class,
                  EventBridgeClient::builder),
          "sfn", new SdkService("sfn", "Sfn", SfnClient.class, SfnClient::builder));

  /** The service with this Step Functions name, or null. */
  public static SdkService byId(String id) {
    return BY_ID.get(id);
  }

  public static Set<String> ids() {
    return BY_ID.keySet();
  }
}
