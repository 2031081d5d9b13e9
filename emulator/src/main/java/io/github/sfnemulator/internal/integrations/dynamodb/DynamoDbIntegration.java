package io.github.sfnemulator.internal.integrations.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.integrations.sdk.AwsClients;
import io.github.sfnemulator.internal.integrations.sdk.OptimizedCall;
import io.github.sfnemulator.internal.integrations.sdk.SdkService;
import io.github.sfnemulator.internal.integrations.sdk.ServiceErrors;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The optimized DynamoDB integration ({@code arn:aws:states:::dynamodb:getItem}, putItem,
 * updateItem, deleteItem): parameters and results in DynamoDB JSON, results with HTTP metadata,
 * errors {@code DynamoDB.<Exception>} with v1 causes.
 */
public final class DynamoDbIntegration {
  static final ServiceErrors ERRORS =
      new ServiceErrors(
          "DynamoDB", "AmazonDynamoDBv2", "AmazonDynamoDBException", DynamoDbException.class);
  private static final Set<String> ACTIONS =
      Set.of("getItem", "putItem", "updateItem", "deleteItem");

  private final OptimizedCall call;

  public DynamoDbIntegration(AwsClients clients) {
    this.call = new OptimizedCall(clients, SdkService.byId("dynamodb"), ERRORS);
  }

  public TaskResponse call(String action, JsonNode parameters) {
    if (!ACTIONS.contains(action)) {
      throw new StatesException(
          StatesErrors.RUNTIME,
          "The optimized DynamoDB integration has no action '"
              + action
              + "' (it has getItem, putItem, updateItem, deleteItem). Use"
              + " arn:aws:states:::aws-sdk:dynamodb:"
              + action
              + " instead.");
    }
    return call.call(action, parameters, true);
  }
}
