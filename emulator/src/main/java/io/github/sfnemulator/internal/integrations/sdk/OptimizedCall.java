package io.github.sfnemulator.internal.integrations.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * An action of an optimized integration that has an SDK client: the generic call, then the
 * optimized shape (HTTP metadata added, v1 error names).
 */
public final class OptimizedCall {
  private final AwsClients clients;
  private final SdkService service;
  private final ServiceErrors errors;
  private final Map<String, SdkOperation> operations = new ConcurrentHashMap<>();

  public OptimizedCall(AwsClients clients, SdkService service, ServiceErrors errors) {
    this.clients = clients;
    this.service = service;
    this.errors = errors;
  }

  /** Calls {@code action}; {@code withMetadata} adds SdkHttpMetadata and SdkResponseMetadata. */
  public TaskResponse call(String action, JsonNode parameters, boolean withMetadata) {
    SdkOperation op =
        operations.computeIfAbsent(
            action, a -> SdkOperation.find(service.clientType(), service.id(), a));
    SdkClient client = clients.client(service, service.clientType());
    try {
      SdkOperation.Result r = op.callForResponse(client, parameters);
      ObjectNode out = r.json();
      if (withMetadata && r.response() instanceof AwsResponse aws) {
        HttpMetadata.addTo(out, aws);
      }
      return TaskResponse.returning(out);
    } catch (SdkException e) {
      return errors.optimized(e);
    }
  }
}
