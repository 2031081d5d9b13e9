package io.github.sfnemulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

class ServeCommandTest {
  private static final String MACHINE =
      "{\"StartAt\":\"Pay\",\"States\":{\"Pay\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"OutputPath\":\"$.Payload\",\"End\":true}}}";
  private static final String MOCKS =
      """
      {"StateMachines": {"Charge": {"TestCases": {"HappyPath": {"Pay": "Paid"}}}},
       "MockedResponses": {"Paid": {"0": {"Return": {"Payload": {"paid": true}}}}}}
      """;

  @TempDir Path dir;

  @Test
  void serves_with_the_step_functions_local_environment_until_stopped() throws Exception {
    // GIVEN
    Path mocks = Files.writeString(dir.resolve("MockConfigFile.json"), MOCKS);
    ServeCommand command =
        new ServeCommand(
            Map.of(
                "SFN_MOCK_CONFIG", mocks.toString(),
                "AWS_ACCOUNT_ID", "210987654321",
                "AWS_DEFAULT_REGION", "eu-west-1"));
    FirstLine line = new FirstLine();
    CommandLine cli = new CommandLine(command).setOut(new PrintWriter(line, true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> cli.execute("--port", "0"));
    // WHEN
    String printed = line.first.get(30, TimeUnit.SECONDS);
    URI endpoint = URI.create(printed.substring(printed.indexOf("http://")).trim());
    String output;
    String arn;
    try (SfnClient sfn = client(endpoint)) {
      arn =
          sfn.createStateMachine(
                  b ->
                      b.name("Charge")
                          .definition(MACHINE)
                          .roleArn("arn:aws:iam::210987654321:role/r")
                          .type(StateMachineType.EXPRESS))
              .stateMachineArn();
      String machine = arn;
      output = sfn.startSyncExecution(b -> b.stateMachineArn(machine + "#HappyPath")).output();
    } finally {
      command.stop();
    }
    // THEN
    assertThat(printed)
        .startsWith("sfn-emulator serving the Step Functions API at http://127.0.0.1:");
    assertThat(arn).isEqualTo("arn:aws:states:eu-west-1:210987654321:stateMachine:Charge");
    assertThat(output).isEqualTo("{\"paid\":true}");
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void a_bad_region_is_reported_with_exit_code_2() {
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new ServeCommand(Map.of("AWS_DEFAULT_REGION", "moon")))
            .setErr(new PrintWriter(err, true));

    int code = cli.execute("--port", "0");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("serve: region 'moon'");
  }

  @Test
  void a_negative_retention_is_reported_with_exit_code_2() {
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new ServeCommand(Map.of())).setErr(new PrintWriter(err, true));

    int code = cli.execute("--port", "0", "--retain-executions", "-1");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("serve: --retain-executions must be 0 or more, not -1");
  }

  @Test
  void a_missing_mock_file_is_one_line_with_exit_code_2() {
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new ServeCommand(Map.of())).setErr(new PrintWriter(err, true));

    int code = cli.execute("--port", "0", "--mocks", "missing-MockConfigFile.json");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("serve: ")
        .contains("missing-MockConfigFile.json")
        .doesNotContain("\tat ");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void is_a_subcommand_of_the_cli() {
    CliRun run = CliRun.run("serve", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "--virtual-time",
            "--retain-executions",
            "--mocks",
            "SFN_MOCK_CONFIG",
            "LAMBDA_ENDPOINT");
  }

  private static SfnClient client(URI endpoint) {
    return SfnClient.builder()
        .endpointOverride(endpoint)
        .region(Region.EU_WEST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(
            c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }

  /** Completes with the first line written. */
  private static final class FirstLine extends Writer {
    final CompletableFuture<String> first = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
      text.append(buffer, offset, length);
      int newline = text.indexOf("\n");
      if (newline >= 0) {
        first.complete(text.substring(0, newline));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {}
  }
}
