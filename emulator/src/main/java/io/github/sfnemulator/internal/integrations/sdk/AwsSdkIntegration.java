package io.github.sfnemulator.internal.integrations.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The generic {@code arn:aws:states:::aws-sdk:SERVICE:ACTION} integration: the result is the
 * action's response members, without HTTP metadata; errors are {@code <Service>.<Exception>} as the
 * SDK v2 names them ({@code DynamoDb.ConditionalCheckFailedException}, {@code
 * DynamoDb.DynamoDbException} for an error code the model does not name), with the v2 message.
 */
public final class AwsSdkIntegration {
  private final AwsClients clients;
  private final Map<String, SdkOperation> operations = new ConcurrentHashMap<>();

  public AwsSdkIntegration(AwsClients clients) {
    this.clients = clients;
  }

  public TaskResponse call(String serviceId, String action, JsonNode parameters) {
    SdkService service = SdkService.byId(serviceId);
    if (service == null) {
      throw new StatesException(
          StatesErrors.RUNTIME,
          "The AWS backends do not support the aws-sdk service '"
              + serviceId
              + "'. Supported services: "
              + new TreeSet<>(SdkService.ids())
              + ". Mock the state instead.");
    }
    SdkOperation op =
        operations.computeIfAbsent(
            serviceId + ":" + action,
            k -> SdkOperation.find(service.clientType(), serviceId, action));
    SdkClient client = clients.client(service, service.clientType());
    try {
      return TaskResponse.returning(op.call(client, parameters));
    } catch (SdkException e) {
      return ServiceErrors.awsSdk(service.errorPrefix(), e);
    }
  }
}
