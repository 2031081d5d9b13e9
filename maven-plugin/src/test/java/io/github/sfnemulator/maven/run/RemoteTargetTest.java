package io.github.sfnemulator.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.SfnServer;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.maven.scenario.Scenario;
import io.github.sfnemulator.maven.scenario.ScenarioReader;
import io.github.sfnemulator.mock.MockConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The same scenario run in process and against an endpoint (our own SfnServer). */
class RemoteTargetTest {
  private static final Path EXAMPLES = ScenarioRunnerTest.EXAMPLES;
  private static final String SCENARIO =
      """
      definition: order.asl.json
      mockConfig: MockConfigFile.json
      cases:
        - name: throttled twice then charged
          testCase: Throttled
          input: {orderId: o-1}
          expect:
            path: [Validate, Charge, Notify]
            retries: {Charge: 2}
            outputContains: {payment: {charged: true}}
        - name: declined card is refunded
          testCase: Declined
          input: {orderId: o-2}
          expect:
            status: FAILED
            catches: [{state: Charge, error: CardDeclined, next: Refund}]
        - name: wrong retries
          testCase: Throttled
          expect:
            retries: {Charge: 1}
        - name: mocked in the scenario
          mocks:
            Charge: [{return: {Payload: {charged: true}}}]
            Notify: [{return: {}}]
      """;

  /** The target, started with the scenario's mock config, as {@code sfn:start} would. */
  private final StepFunctionsEmulator emulator =
      StepFunctionsEmulator.create(
          EmulatorOptions.newBuilder()
              .mockConfig(MockConfig.fromPath(EXAMPLES.resolve("MockConfigFile.json")))
              .build());

  private final SfnServer server = SfnServer.start(emulator);

  @AfterEach
  void close() {
    server.close();
    emulator.close();
  }

  private static Scenario scenario() {
    return ScenarioReader.parse(SCENARIO, "remote.sfn-test.yaml", "remote.sfn-test.yaml");
  }

  private ScenarioResult runRemotely() {
    try (RemoteTarget target =
        new RemoteTarget(server.endpoint(), "us-east-1", "arn:aws:iam::123456789012:role/r")) {
      return new ScenarioRunner(EXAMPLES, Duration.ofSeconds(10), target)
          .run(scenario(), "remote.sfn-test.yaml");
    }
  }

  @Test
  void finds_the_same_path_retries_catches_and_failures_as_in_process() {
    // GIVEN
    ScenarioResult local =
        new ScenarioRunner(EXAMPLES, Duration.ofSeconds(10))
            .run(scenario(), "remote.sfn-test.yaml");
    // WHEN
    ScenarioResult remote = runRemotely();
    // THEN
    for (int i = 0; i < 3; i++) {
      CaseResult l = local.cases().get(i);
      CaseResult r = remote.cases().get(i);
      assertThat(r.outcome()).as(r.name()).isEqualTo(l.outcome());
      assertThat(r.status()).isEqualTo(l.status());
      assertThat(r.messages()).isEqualTo(l.messages());
      assertThat(r.trace().statesEntered()).isEqualTo(l.trace().statesEntered());
      assertThat(Routes.retries(r.trace())).isEqualTo(Routes.retries(l.trace()));
      assertThat(r.trace().catches()).isEqualTo(l.trace().catches());
    }
    assertThat(Routes.retries(remote.cases().get(0).trace())).containsEntry("Charge", 2);
    assertThat(remote.cases())
        .extracting(CaseResult::outcome)
        .containsExactly(
            CaseResult.Outcome.PASSED,
            CaseResult.Outcome.PASSED,
            CaseResult.Outcome.FAILED,
            CaseResult.Outcome.SKIPPED);
  }

  @Test
  void skips_cases_with_mocks_saying_why() {
    CaseResult mocked = runRemotely().cases().get(3);

    assertThat(mocked.passed()).isTrue();
    assertThat(mocked.messages())
        .singleElement()
        .asString()
        .startsWith("Skipped at " + server.endpoint())
        .contains("mocks cannot be injected into a remote target")
        .contains("[Charge, Notify]");
    assertThat(Summary.caseLines(mocked).get(0)).startsWith("  SKIP mocked in the scenario");
  }

  @Test
  void updates_a_state_machine_that_already_exists_at_the_target() {
    runRemotely();

    ScenarioResult again = runRemotely();

    assertThat(again.cases().get(0).passed()).isTrue();
    assertThat(emulator.listStateMachines()).hasSize(1);
    assertThat(List.of(again.cases().get(0).status())).containsExactly("SUCCEEDED");
  }
}
