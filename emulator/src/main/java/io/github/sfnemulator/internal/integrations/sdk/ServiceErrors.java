package io.github.sfnemulator.internal.integrations.sdk;

import io.github.sfnemulator.mock.TaskResponse;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Names and causes of service errors, as Step Functions writes them.
 *
 * <p>The optimized integrations (arn:aws:states:::dynamodb:putItem ...) run on the AWS SDK for Java
 * v1 inside Step Functions, so their errors carry v1 names and v1 message text: {@code
 * DynamoDB.ConditionalCheckFailedException}, {@code DynamoDB.AmazonDynamoDBException} for an error
 * code the model does not name, {@code SQS.SdkClientException}, with causes like "Requested
 * resource not found (Service: AmazonDynamoDBv2; Status Code: 400; Error Code:
 * ResourceNotFoundException; Request ID: ...; Proxy: null)". The aws-sdk integrations run on v2:
 * {@code DynamoDb.DynamoDbException}, cause "... (Service: DynamoDb, Status Code: 400, Request ID:
 * ...)".
 *
 * @param prefix the error name's service part for optimized integrations ({@code DynamoDB})
 * @param v1ServiceName the service name in v1 messages ({@code AmazonDynamoDBv2})
 * @param v1BaseException the v1 exception for error codes the model does not name
 * @param v2BaseException the v2 exception class for those codes
 */
public record ServiceErrors(
    String prefix,
    String v1ServiceName,
    String v1BaseException,
    Class<? extends AwsServiceException> v2BaseException) {

  /** The Throw an optimized integration reports for {@code e}. */
  public TaskResponse.Throw optimized(SdkException e) {
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      AwsErrorDetails d = service.awsErrorDetails();
      String name =
          e.getClass() == v2BaseException ? v1BaseException : e.getClass().getSimpleName();
      String cause =
          d.errorMessage()
              + " (Service: "
              + v1ServiceName
              + "; Status Code: "
              + service.statusCode()
              + "; Error Code: "
              + d.errorCode()
              + "; Request ID: "
              + service.requestId()
              + "; Proxy: null)";
      return new TaskResponse.Throw(prefix + "." + name, cause);
    }
    return new TaskResponse.Throw(prefix + ".SdkClientException", clientCause(e));
  }

  /** The Throw an aws-sdk integration of {@code service} reports for {@code e}. */
  public static TaskResponse.Throw awsSdk(String errorPrefix, SdkException e) {
    if (e instanceof AwsServiceException) {
      return new TaskResponse.Throw(
          errorPrefix + "." + e.getClass().getSimpleName(), e.getMessage());
    }
    String name = e instanceof SdkClientException ? "SdkClientException" : "SdkException";
    return new TaskResponse.Throw(errorPrefix + "." + name, e.getMessage());
  }

  /** v1's text for a request that got no HTTP response, such as an unknown host. */
  private static String clientCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? e.getMessage() : "Unable to execute HTTP request: " + root.getMessage();
  }
}
