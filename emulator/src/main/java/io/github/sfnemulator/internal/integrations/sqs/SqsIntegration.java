package io.github.sfnemulator.internal.integrations.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.integrations.sdk.AwsClients;
import io.github.sfnemulator.internal.integrations.sdk.OptimizedCall;
import io.github.sfnemulator.internal.integrations.sdk.SdkService;
import io.github.sfnemulator.internal.integrations.sdk.ServiceErrors;
import io.github.sfnemulator.mock.TaskResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * {@code arn:aws:states:::sqs:sendMessage}: a JSON {@code MessageBody} is sent as its text; the
 * result is MD5OfMessageBody and MessageId with HTTP metadata; errors are {@code SQS.<Exception>}
 * ({@code SQS.SdkClientException} when the queue's host does not resolve).
 */
public final class SqsIntegration {
  static final ServiceErrors ERRORS =
      new ServiceErrors("SQS", "AmazonSQS", "AmazonSQSException", SqsException.class);

  private final OptimizedCall call;

  public SqsIntegration(AwsClients clients) {
    this.call = new OptimizedCall(clients, SdkService.byId("sqs"), ERRORS);
  }

  public TaskResponse call(String action, JsonNode parameters) {
    if (!action.equals("sendMessage")) {
      throw new StatesException(
          StatesErrors.RUNTIME,
          "The optimized SQS integration has no action '"
              + action
              + "' (it has sendMessage). Use arn:aws:states:::aws-sdk:sqs:"
              + action
              + " instead.");
    }
    return call.call(action, parameters, true);
  }
}
