package io.github.sfnemulator.maven.backends;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.sfnemulator.fixtures.wiremock.DynamoDbStubs;
import io.github.sfnemulator.maven.run.CaseResult;
import io.github.sfnemulator.maven.run.ScenarioResult;
import io.github.sfnemulator.maven.run.ScenarioRunner;
import io.github.sfnemulator.maven.scenario.ScenarioBackends;
import io.github.sfnemulator.maven.scenario.ScenarioException;
import io.github.sfnemulator.maven.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/**
 * A scenario's {@code backends:} without Docker: WireMock answering as DynamoDB stands where the
 * LocalStack container would; the container itself is skipped here with its reason.
 */
class ScenarioBackendsTest {
  private static final String ORDER =
      """
      {"StartAt":"SaveOrder","States":{
        "SaveOrder":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem",
          "Parameters":{"TableName":"orders","Item":{"id":{"S.$":"$.id"}}},
          "ResultPath":null,"Next":"Notify"},
        "Notify":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
          "Parameters":{"QueueUrl":"http://sqs.local/orders","MessageBody.$":"$.id"},
          "ResultPath":null,"End":true}}}
      """;

  @TempDir Path dir;
  private WireMockServer localstack;

  @BeforeEach
  void start() throws IOException {
    localstack = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    localstack.start();
    Files.writeString(dir.resolve("order.asl.json"), ORDER);
  }

  @AfterEach
  void stop() {
    localstack.stop();
  }

  @Test
  void reads_the_short_form_as_a_localstack_container_of_the_default_image() {
    ScenarioBackends backends = parse("backends: localstack\n" + cases("")).backends();

    assertThat(backends.container()).isTrue();
    assertThat(backends.image()).isEqualTo(ScenarioBackends.DEFAULT_IMAGE);
    assertThat(backends.port()).isEqualTo(4566);
  }

  @Test
  void refuses_an_unknown_type_naming_the_file_and_what_to_write() {
    assertThatThrownBy(() -> parse("backends: {type: dynamodb-local}\n" + cases("")))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(
            "x.sfn-test.yaml: backends: unknown type 'dynamodb-local'. Use 'localstack' (a"
                + " container from 'image': LocalStack, or an image that speaks the same API such as"
                + " floci/floci), or give 'endpoint'.");
  }

  @Test
  void routes_the_listed_state_to_the_endpoint_and_the_others_to_the_cases_mocks() {
    // GIVEN SaveOrder routed to the "container", Notify mocked by the case
    localstack.stubFor(DynamoDbStubs.putItem("orders").willReturn(DynamoDbStubs.ok()));
    String yaml =
        "backends:\n  endpoint: "
            + localstack.baseUrl()
            + "\n  region: eu-west-1\n  states: [SaveOrder]\n"
            + cases("    mocks:\n      Notify: [{return: {}}]\n");

    // WHEN
    ScenarioResult result = run(yaml);

    // THEN
    assertThat(result.cases())
        .extracting(CaseResult::outcome)
        .containsExactly(CaseResult.Outcome.PASSED);
    localstack.verify(
        1,
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", containing("DynamoDB_20120810.PutItem"))
            .withHeader("Authorization", containing("/eu-west-1/dynamodb/"))
            .withRequestBody(matchingJsonPath("$.Item.id.S", containing("o-1"))));
    assertThat(localstack.getAllServeEvents()).hasSize(1);
  }

  @Test
  void a_state_that_is_not_routed_and_not_mocked_fails_the_case_as_without_backends() {
    String yaml =
        "backends:\n  endpoint: " + localstack.baseUrl() + "\n  services: [sqs]\n" + cases("");

    ScenarioResult result = run(yaml);

    assertThat(result.cases())
        .extracting(CaseResult::outcome)
        .containsExactly(CaseResult.Outcome.FAILED);
    assertThat(result.cases().get(0).status()).isEqualTo("FAILED");
    assertThat(localstack.getAllServeEvents()).isEmpty();
  }

  @Test
  void skips_every_case_with_the_reason_where_docker_is_absent() {
    assumeThat(DockerClientFactory.instance().isDockerAvailable()).isFalse();

    ScenarioResult result =
        run("backends: {type: localstack, image: floci/floci:1.5.11}\n" + cases(""));

    assertThat(result.cases())
        .extracting(CaseResult::outcome)
        .containsExactly(CaseResult.Outcome.SKIPPED);
    assertThat(result.cases().get(0).messages())
        .isEqualTo(
            List.of(
                "backends: localstack needs Docker for the container floci/floci:1.5.11, but"
                    + " Docker is not available here (Testcontainers found no Docker"
                    + " environment). Start Docker (or set DOCKER_HOST) to run this case."));
  }

  private static String cases(String mocks) {
    return "definition: order.asl.json\ncases:\n  - name: saves\n    input: {id: o-1}\n" + mocks;
  }

  private static io.github.sfnemulator.maven.scenario.Scenario parse(String yaml) {
    return ScenarioReader.parse(yaml, "x.sfn-test.yaml", "x.sfn-test.yaml");
  }

  private ScenarioResult run(String yaml) {
    return new ScenarioRunner(dir, Duration.ofSeconds(10)).run(parse(yaml), "x.sfn-test.yaml");
  }
}
