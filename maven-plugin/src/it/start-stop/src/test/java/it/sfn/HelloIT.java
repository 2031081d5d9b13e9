package it.sfn;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** Runs against the endpoint sfn:start started, found through the sfn.endpoint property. */
class HelloIT {
  @Test
  void runs_the_state_machine_sfn_start_created() throws InterruptedException {
    String endpoint = System.getProperty("sfn.endpoint");
    if (endpoint == null || !endpoint.startsWith("http://127.0.0.1:")) {
      throw new AssertionError("sfn.endpoint is " + endpoint);
    }
    try (SfnClient sfn =
        SfnClient.builder()
            .endpointOverride(URI.create(endpoint))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      String machine =
          sfn.listStateMachines().stateMachines().stream()
              .filter(m -> m.name().equals("hello"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no state machine 'hello'"))
              .stateMachineArn();
      String arn =
          sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"name\":\"Ada\"}")).executionArn();
      DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(arn));
      for (int i = 0; i < 200 && described.status() == ExecutionStatus.RUNNING; i++) {
        Thread.sleep(25);
        described = sfn.describeExecution(b -> b.executionArn(arn));
      }
      if (described.status() != ExecutionStatus.SUCCEEDED
          || !described.output().equals("{\"greeting\":\"Hello, Ada!\"}")) {
        throw new AssertionError(described.status() + " " + described.output());
      }
      System.out.println("HelloIT saw " + described.output());
    }
  }
}
