package io.github.sfnemulator.internal.integrations.sns;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.integrations.sdk.AwsClients;
import io.github.sfnemulator.internal.integrations.sdk.OptimizedCall;
import io.github.sfnemulator.internal.integrations.sdk.SdkService;
import io.github.sfnemulator.internal.integrations.sdk.ServiceErrors;
import io.github.sfnemulator.mock.TaskResponse;
import software.amazon.awssdk.services.sns.model.SnsException;

/**
 * {@code arn:aws:states:::sns:publish}: a JSON {@code Message} is sent as its text; the result is
 * MessageId with HTTP metadata; errors are {@code SNS.<Exception>}.
 */
public final class SnsIntegration {
  static final ServiceErrors ERRORS =
      new ServiceErrors("SNS", "AmazonSNS", "AmazonSNSException", SnsException.class);

  private final OptimizedCall call;

  public SnsIntegration(AwsClients clients) {
    this.call = new OptimizedCall(clients, SdkService.byId("sns"), ERRORS);
  }

  public TaskResponse call(String action, JsonNode parameters) {
    if (!action.equals("publish")) {
      throw new StatesException(
          StatesErrors.RUNTIME,
          "The optimized SNS integration has no action '"
              + action
              + "' (it has publish). Use arn:aws:states:::aws-sdk:sns:"
              + action
              + " instead.");
    }
    return call.call(action, parameters, true);
  }
}
