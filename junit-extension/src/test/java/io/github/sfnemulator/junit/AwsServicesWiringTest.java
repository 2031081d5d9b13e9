package io.github.sfnemulator.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.fixtures.wiremock.SqsStubs;
import io.github.sfnemulator.mock.TaskMocks;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/** How {@link AwsServices} routes by service, reports misuse, and skips without Docker. */
class AwsServicesWiringTest {
  static final WireMockServer WIREMOCK = started();

  static WireMockServer started() {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    return server;
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @Test
  void routes_the_calls_of_a_listed_service_and_leaves_the_others_to_the_mocks() {
    // WHEN
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(ByServiceTestCase.class))
            .execute()
            .testEvents();

    // THEN the case's own assertions held, and only its SQS call reached the endpoint
    tests.assertStatistics(s -> s.started(1).succeeded(1));
    WIREMOCK.verify(
        1,
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", containing("AmazonSQS.SendMessage"))
            .withHeader("Authorization", containing("/us-east-1/sqs/")));
    assertThat(WIREMOCK.getAllServeEvents()).hasSize(1);
  }

  @Test
  void an_instance_field_is_refused_with_what_to_do() {
    run(InstanceFieldTestCase.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(InstanceFieldTestCase.class),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        "@AwsServices field 'services' of InstanceFieldTestCase is not static: the"
                            + " services live as long as the test class. Make the field static."))));
  }

  @Test
  void a_field_of_another_type_is_refused_with_what_it_must_hold() {
    run(WrongTypeTestCase.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(WrongTypeTestCase.class),
                finishedWithFailure(
                    message(
                        "@AwsServices field 'services' of WrongTypeTestCase holds a java.net.URI:"
                            + " it must hold a Testcontainers container (such as"
                            + " LocalStackContainer) or an AwsEndpoint. Assign it where it is"
                            + " declared."))));
  }

  @Test
  void a_container_test_is_skipped_where_docker_is_absent_and_says_why() {
    assumeThat(DockerClientFactory.instance().isDockerAvailable())
        .as("Docker is available: LocalStackContainerTest runs for real instead")
        .isFalse();

    Events classes =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(LocalStackContainerTest.class))
            .execute()
            .containerEvents();

    classes
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(LocalStackContainerTest.class),
                skippedWithReason(
                    "@AwsServices field 'localstack' of LocalStackContainerTest holds a"
                        + " LocalStackContainer, but Docker is not available here: Testcontainers"
                        + " found no Docker environment. Start Docker (or set DOCKER_HOST) to run"
                        + " these tests. Skipped: @AwsServices(disabledWithoutDocker = true).")));
  }

  @Test
  void without_docker_a_container_that_must_run_fails_instead() {
    assumeThat(DockerClientFactory.instance().isDockerAvailable()).isFalse();

    run(RequiredContainerTestCase.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(RequiredContainerTestCase.class),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(m -> m.contains("Docker is not available here")))));
  }

  private static Events run(Class<?> testCase) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testCase))
        .execute()
        .allEvents();
  }

  // ---- fixtures, run only through EngineTestKit ----

  @StepFunctionsTest
  static class ByServiceTestCase {
    @AwsServices(services = "sqs")
    static AwsEndpoint services = AwsEndpoint.of(URI.create(WIREMOCK.baseUrl()));

    @Test
    void test(StepFunctionsEmulator sfn, TaskMocks mocks) {
      WIREMOCK.resetAll();
      WIREMOCK.stubFor(
          SqsStubs.sendMessage("http://sqs.local/orders").willReturn(SqsStubs.sent("o-1", "m-1")));
      mocks.stubFor(state("SaveOrder").willReturn("{}"));
      String arn = sfn.createStateMachine("order", AwsServicesTest.ORDER).arn();

      assertThat(sfn.startExecution(arn, "{\"id\":\"o-1\"}").await()).hasSucceeded();
      mocks.verify(1, invocationsOf("SaveOrder"));
    }
  }

  @StepFunctionsTest
  static class InstanceFieldTestCase {
    @AwsServices AwsEndpoint services = AwsEndpoint.of(URI.create("http://localhost:1"));

    @Test
    void test() {}
  }

  @StepFunctionsTest
  static class WrongTypeTestCase {
    @AwsServices static URI services = URI.create("http://localhost:1");

    @Test
    void test() {}
  }

  @StepFunctionsTest
  static class RequiredContainerTestCase {
    @AwsServices(disabledWithoutDocker = false)
    static GenericContainer<?> floci =
        new GenericContainer<>("floci/floci:1.5.11").withExposedPorts(4566);

    @Test
    void test() {}
  }
}
