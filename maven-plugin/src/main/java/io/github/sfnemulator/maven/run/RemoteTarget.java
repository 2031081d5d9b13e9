package io.github.sfnemulator.maven.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnemulator.RemoteExecutions;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.RemoteHistory;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/**
 * A Step Functions endpoint the scenarios run against instead of the in-process emulator (AWS,
 * LocalStack, an {@code sfn:start} server): it creates the state machine there, starts executions,
 * polls DescribeExecution until they end, and reads the route from GetExecutionHistory.
 *
 * <pre>{@code
 * try (RemoteTarget target =
 *     new RemoteTarget(URI.create("http://127.0.0.1:8083"), "us-east-1", roleArn)) {
 *   ScenarioResult result = new ScenarioRunner(baseDir, Duration.ofMinutes(1), target)
 *       .run(ScenarioReader.read(file), "order.sfn-test.yaml"); // cases with mocks are skipped
 * }
 * }</pre>
 */
public final class RemoteTarget implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final String roleArn;
  private final SfnClient sfn;

  /**
   * @param endpoint e.g. {@code http://127.0.0.1:8083}, or {@code
   *     https://states.eu-west-1.amazonaws.com}
   * @param roleArn the role state machines are created with
   */
  public RemoteTarget(URI endpoint, String region, String roleArn) {
    this.endpoint = endpoint;
    this.roleArn = roleArn;
    this.sfn =
        SfnClient.builder()
            .endpointOverride(endpoint)
            .region(Region.of(region))
            .credentialsProvider(credentials(endpoint))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(
                c ->
                    c.putAdvancedOption(
                        SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
            .build();
  }

  public URI endpoint() {
    return endpoint;
  }

  /** Creates the state machine, or updates the one of that name to {@code definition}. */
  String stateMachine(String name, String definition) {
    try {
      return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(roleArn))
          .stateMachineArn();
    } catch (StateMachineAlreadyExistsException e) {
      String arn =
          sfn.listStateMachinesPaginator(b -> {}).stateMachines().stream()
              .filter(m -> m.name().equals(name))
              .map(StateMachineListItem::stateMachineArn)
              .findFirst()
              .orElseThrow(() -> e);
      sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(definition));
      return arn;
    }
  }

  /** Starts an execution and waits, polling, until it ends. */
  Run run(String stateMachineArn, String input, Duration timeout) {
    String arn =
        sfn.startExecution(b -> b.stateMachineArn(stateMachineArn).input(input)).executionArn();
    DescribeExecutionResponse described = RemoteExecutions.awaitEnd(sfn, arn, timeout);
    try {
      Ended ended =
          new Ended(
              RemoteExecutions.status(described),
              described.output() == null ? null : JSON.readTree(described.output()),
              described.error(),
              described.cause());
      return new Run(ended, ExecutionTrace.of(described.name(), RemoteHistory.read(sfn, arn)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "The output of " + arn + " is not JSON: " + e.getMessage(), e);
    }
  }

  /** An ended remote execution and its route. */
  record Run(Ended ended, ExecutionTrace trace) {}

  @Override
  public void close() {
    sfn.close();
  }

  /** Dummy keys for a local endpoint; the default chain (env, profile, role) for any other. */
  private static AwsCredentialsProvider credentials(URI endpoint) {
    try {
      if (endpoint.getHost() != null
          && InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
      }
    } catch (UnknownHostException e) {
      // Not resolvable here: the client reports it on the first call.
    }
    return DefaultCredentialsProvider.builder().build();
  }
}
