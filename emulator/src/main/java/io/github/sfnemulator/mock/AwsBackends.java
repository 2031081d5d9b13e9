package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.integrations.dynamodb.DynamoDbIntegration;
import io.github.sfnemulator.internal.integrations.events.EventsIntegration;
import io.github.sfnemulator.internal.integrations.lambda.LambdaIntegration;
import io.github.sfnemulator.internal.integrations.sdk.AwsClients;
import io.github.sfnemulator.internal.integrations.sdk.AwsSdkIntegration;
import io.github.sfnemulator.internal.integrations.sdk.BackendSettings;
import io.github.sfnemulator.internal.integrations.sns.SnsIntegration;
import io.github.sfnemulator.internal.integrations.sqs.SqsIntegration;
import io.github.sfnemulator.internal.json.Json;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Answers Task states by calling real service endpoints (WireMock stubs, LocalStack or AWS) with
 * the AWS SDK for Java v2, and shapes results and errors as Step Functions does.
 *
 * <p>Resources: {@code arn:aws:states:::lambda:invoke}, a Lambda function ARN, {@code
 * arn:aws:states:::dynamodb:getItem|putItem|updateItem|deleteItem}, {@code
 * arn:aws:states:::sns:publish}, {@code arn:aws:states:::sqs:sendMessage}, {@code
 * arn:aws:states:::events:putEvents} and {@code arn:aws:states:::aws-sdk:SERVICE:ACTION} for
 * dynamodb, sqs, sns, s3, lambda, secretsmanager, eventbridge and sfn; each also with {@code
 * .waitForTaskToken} (the call is made; waiting for the token is the interpreter's part).
 *
 * <pre>{@code
 * try (AwsBackends aws = AwsBackends.newBuilder()
 *     .endpoint(URI.create("http://localhost:" + wireMock.getPort()))
 *     .region("us-east-1")
 *     .credentials("test", "test")
 *     .build()) {
 *   TaskResponse r = aws.respond(call);
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AwsBackends implements TaskResponder, AutoCloseable {
  private static final Pattern SERVICE_ARN = Pattern.compile("^arn:[^:]+:states:::([^:]+):(.+)$");
  private static final Pattern FUNCTION_ARN =
      Pattern.compile("^arn:[^:]+:lambda:[^:]*:[^:]*:function:.+$");
  private static final String WAIT_FOR_TASK_TOKEN = ".waitForTaskToken";

  private final AwsClients clients;
  private final LambdaIntegration lambda;
  private final DynamoDbIntegration dynamoDb;
  private final SnsIntegration sns;
  private final SqsIntegration sqs;
  private final EventsIntegration events;
  private final AwsSdkIntegration awsSdk;

  private AwsBackends(BackendSettings settings) {
    this.clients = new AwsClients(settings);
    this.lambda = new LambdaIntegration(clients);
    this.dynamoDb = new DynamoDbIntegration(clients);
    this.sns = new SnsIntegration(clients);
    this.sqs = new SqsIntegration(clients);
    this.events = new EventsIntegration(clients);
    this.awsSdk = new AwsSdkIntegration(clients);
  }

  public static Builder newBuilder() {
    return new Builder();
  }

  @Override
  public TaskResponse respond(TaskCall call) {
    String resource = call.resource();
    JsonNode parameters = call.parameters() == null ? Json.NODES.nullNode() : call.parameters();
    if (FUNCTION_ARN.matcher(resource).matches()) {
      return lambda.invokeFunction(resource, parameters);
    }
    Matcher m = SERVICE_ARN.matcher(resource);
    if (!m.matches()) {
      throw unsupported(call);
    }
    String service = m.group(1);
    String action = m.group(2);
    if (action.endsWith(WAIT_FOR_TASK_TOKEN)) {
      action = action.substring(0, action.length() - WAIT_FOR_TASK_TOKEN.length());
    }
    if (action.contains(".")) {
      throw unsupported(call);
    }
    switch (service) {
      case "lambda":
        if (!action.equals("invoke")) {
          throw unsupported(call);
        }
        return lambda.invoke(parameters);
      case "dynamodb":
        return dynamoDb.call(action, parameters);
      case "sns":
        return sns.call(action, parameters);
      case "sqs":
        return sqs.call(action, parameters);
      case "events":
        return events.call(action, parameters);
      case "aws-sdk":
        int colon = action.indexOf(':');
        if (colon < 0) {
          throw unsupported(call);
        }
        return awsSdk.call(action.substring(0, colon), action.substring(colon + 1), parameters);
      default:
        throw unsupported(call);
    }
  }

  private static StatesException unsupported(TaskCall call) {
    return new StatesException(
        StatesErrors.RUNTIME,
        "The AWS backends cannot call the resource '"
            + call.resource()
            + "' of Task state '"
            + call.stateName()
            + "'. They support arn:aws:states:::lambda:invoke, Lambda function ARNs,"
            + " dynamodb:getItem|putItem|updateItem|deleteItem, sns:publish, sqs:sendMessage,"
            + " events:putEvents and aws-sdk:SERVICE:ACTION (with .waitForTaskToken)."
            + " Mock this state instead.");
  }

  /** Closes the SDK clients and their HTTP connections. */
  @Override
  public void close() {
    clients.close();
  }

  /**
   * Builds {@link AwsBackends}; region and credentials default to us-east-1 and test/test.
   *
   * <pre>{@code
   * AwsBackends aws = AwsBackends.newBuilder()
   *     .endpoint("lambda", URI.create("http://localhost:4566")) // one service elsewhere
   *     .region("eu-west-1")
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private URI endpoint;
    private final Map<String, URI> serviceEndpoints = new HashMap<>();
    private String region = "us-east-1";
    private String accessKeyId = "test";
    private String secretAccessKey = "test";

    private Builder() {}

    /** One endpoint for every service, e.g. {@code http://localhost:4566} for LocalStack. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** An endpoint for one service, by its Step Functions name ({@code lambda}, {@code sqs}...). */
    public Builder endpoint(String service, URI endpoint) {
      serviceEndpoints.put(
          Objects.requireNonNull(service, "service"), Objects.requireNonNull(endpoint, "endpoint"));
      return this;
    }

    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** Static credentials; any values do for WireMock and LocalStack. */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
      this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
      return this;
    }

    public AwsBackends build() {
      return new AwsBackends(
          new BackendSettings(endpoint, serviceEndpoints, region, accessKeyId, secretAccessKey));
    }
  }
}
