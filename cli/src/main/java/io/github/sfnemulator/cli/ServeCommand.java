package io.github.sfnemulator.cli;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.SfnServer;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.AwsBackends;
import io.github.sfnemulator.mock.MockConfig;
import io.github.sfnemulator.mock.MockConfigException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the Step Functions API over HTTP until interrupted, configured like AWS Step
 * Functions Local (its environment variables and MockConfigFile.json).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the Step Functions API (AWS JSON 1.0) for SfnClient and the AWS CLI until interrupted.",
      "Environment, as AWS Step Functions Local reads it: SFN_MOCK_CONFIG (like --mocks),"
          + " LAMBDA_ENDPOINT, DYNAMODB_ENDPOINT, SNS_ENDPOINT, SQS_ENDPOINT, STEP_FUNCTIONS_ENDPOINT"
          + " (Task states call these; without any, unmocked Task states fail with States.Runtime),"
          + " AWS_ACCOUNT_ID, AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY."
    })
final class ServeCommand implements Callable<Integer> {
  /** Environment variable to the Step Functions service name of the endpoint it sets. */
  private static final Map<String, String> ENDPOINTS =
      Map.of(
          "LAMBDA_ENDPOINT", "lambda",
          "DYNAMODB_ENDPOINT", "dynamodb",
          "SNS_ENDPOINT", "sns",
          "SQS_ENDPOINT", "sqs",
          "STEP_FUNCTIONS_ENDPOINT", "sfn");

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8083",
      description = "Port to listen on (0: any). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Interface to bind; 0.0.0.0 accepts other hosts. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(
      names = "--mocks",
      paramLabel = "FILE",
      description = "MockConfigFile.json; executions select a test case with ARN#TestCase.")
  Path mocks;

  @Option(
      names = "--virtual-time",
      description =
          "Skip ahead through Wait states, retry intervals and timeouts instead of waiting in real"
              + " time. Off by default: clients of a server expect time to pass as on AWS.")
  boolean virtualTime;

  @Option(
      names = "--retain-executions",
      paramLabel = "N",
      description =
          "Keep at most N ended executions for Describe/List/GetExecutionHistory; older ended ones"
              + " are forgotten first. Default: 10000.")
  Integer retainExecutions;

  private final Map<String, String> environment;
  private final CountDownLatch stopped = new CountDownLatch(1);

  ServeCommand() {
    this(System.getenv());
  }

  ServeCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EmulatorOptions.Builder options = EmulatorOptions.newBuilder().virtualTime(virtualTime);
    if (retainExecutions != null) {
      if (retainExecutions < 0) {
        err.println("serve: --retain-executions must be 0 or more, not " + retainExecutions);
        err.flush();
        return 2;
      }
      options.retainedEndedExecutions(retainExecutions);
    }
    AwsBackends backends = null;
    try {
      configureAccount(options);
      MockConfig config = mockConfig();
      if (config != null) {
        options.mockConfig(config);
      }
      backends = backends(options);
      try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options.build());
          SfnServer server =
              SfnServer.start(emulator, ServerOptions.newBuilder().host(host).port(port).build())) {
        out.println("sfn-emulator serving the Step Functions API at " + server.endpoint());
        out.flush();
        stopped.await();
      }
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (IllegalArgumentException | MockConfigException | UncheckedIOException e) {
      err.println("serve: " + e.getMessage());
      err.flush();
      return 2;
    } finally {
      if (backends != null) {
        backends.close();
      }
    }
  }

  /** Ends {@link #call()} (tests; a user interrupts the process). */
  void stop() {
    stopped.countDown();
  }

  private void configureAccount(EmulatorOptions.Builder options) {
    String account = environment.get("AWS_ACCOUNT_ID");
    if (account != null && !account.isBlank()) {
      options.accountId(account);
    }
    String region = environment.get("AWS_DEFAULT_REGION");
    if (region != null && !region.isBlank()) {
      options.region(region);
    }
  }

  private MockConfig mockConfig() {
    Path file = mocks;
    if (file == null && environment.get("SFN_MOCK_CONFIG") != null) {
      file = Path.of(environment.get("SFN_MOCK_CONFIG"));
    }
    return file == null ? null : MockConfig.fromPath(file);
  }

  /** An AwsBackends responder when any service endpoint is set, else null. */
  private AwsBackends backends(EmulatorOptions.Builder options) {
    Map<String, URI> endpoints = new LinkedHashMap<>();
    ENDPOINTS.forEach(
        (variable, service) -> {
          String value = environment.get(variable);
          if (value != null && !value.isBlank()) {
            endpoints.put(service, URI.create(value));
          }
        });
    if (endpoints.isEmpty()) {
      return null;
    }
    AwsBackends.Builder builder = AwsBackends.newBuilder();
    endpoints.forEach(builder::endpoint);
    String region = environment.get("AWS_DEFAULT_REGION");
    if (region != null && !region.isBlank()) {
      builder.region(region);
    }
    String key = environment.get("AWS_ACCESS_KEY_ID");
    String secret = environment.get("AWS_SECRET_ACCESS_KEY");
    if (key != null && secret != null) {
      builder.credentials(key, secret);
    }
    AwsBackends backends = builder.build();
    options.taskResponder(backends);
    return backends;
  }
}
