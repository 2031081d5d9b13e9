package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Versions and aliases in the in-process API ("Versions and aliases" in the developer guide;
 * PublishStateMachineVersion and CreateStateMachineAlias in the API reference).
 */
class VersionsAndAliasesTest {
  static String pass(String result) {
    return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\""
        + result
        + "\",\"End\":true}}}";
  }

  @Test
  void a_canary_alias_routes_executions_to_two_versions() {
    // tag::readme[]
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine orders = emulator.createStateMachine("Orders", pass("v1"));
      StateMachineVersion v1 = emulator.publishVersion(orders.arn(), "first release");
      emulator.updateStateMachine(orders.arn(), pass("v2"), null);
      StateMachineVersion v2 = emulator.publishVersion(orders.arn(), "canary");
      StateMachineAlias prod =
          emulator.createAlias(
              "prod", "90/10 canary", AliasRoute.of(v1.arn(), 90), AliasRoute.of(v2.arn(), 10));

      Execution execution = emulator.startExecution(prod.arn(), "{}").await();
      assertThat(v2.arn()).isEqualTo(orders.arn() + ":2");
      assertThat(execution.stateMachineAliasArn()).isEqualTo(prod.arn());
      // the router is seeded by EmulatorOptions.randomSeed: the same seed, the same choices
      assertThat(execution.stateMachineVersionArn()).isIn(v1.arn(), v2.arn());
      assertThat(execution.output()).isIn("\"v1\"", "\"v2\"");
      assertThat(emulator.listExecutions(prod.arn()))
          .extracting(Execution::arn)
          .containsExactly(execution.arn());
    }
    // end::readme[]
  }

  /** The version each of {@code n} executions through a 90/10 alias ran, with {@code seed}. */
  private static List<Integer> routed(long seed, int n) {
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().randomSeed(seed).build())) {
      StateMachine machine = emulator.createStateMachine("Orders", pass("v1"));
      StateMachineVersion v1 = emulator.publishVersion(machine.arn(), null);
      emulator.updateStateMachine(machine.arn(), pass("v2"), null);
      StateMachineVersion v2 = emulator.publishVersion(machine.arn(), null);
      StateMachineAlias alias =
          emulator.createAlias(
              "prod", null, AliasRoute.of(v1.arn(), 90), AliasRoute.of(v2.arn(), 10));
      List<Integer> versions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String arn = emulator.startExecution(alias.arn(), "{}").stateMachineVersionArn();
        versions.add(arn.equals(v1.arn()) ? 1 : 2);
      }
      return versions;
    }
  }

  @Test
  void a_fixed_seed_gives_the_same_split_every_run_and_the_split_is_binomial() {
    List<Integer> first = routed(42, 1000);
    List<Integer> second = routed(42, 1000);
    List<Integer> otherSeed = routed(43, 1000);
    long toV1 = first.stream().filter(v -> v == 1).count();

    assertThat(second).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
    // Binomial(n = 1000, p = 0.9): mean 900, sigma ~ 9.5; within three sigmas
    assertThat(toV1).isBetween(872L, 928L);
    assertThat(otherSeed.stream().filter(v -> v == 1).count()).isBetween(872L, 928L);
  }

  @Test
  void a_version_runs_its_snapshot_after_the_state_machine_changes_and_its_history_says_so() {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine("Orders", pass("v1"));
      StateMachineVersion v1 = emulator.publishVersion(machine.arn(), "first");
      StateMachine updated = emulator.updateStateMachine(machine.arn(), pass("v2"), null);

      Execution ofVersion = emulator.startExecution(v1.arn(), "{}").await();
      HistoryEvent started = ofVersion.history().get(0);

      assertThat(ofVersion.output()).isEqualTo("\"v1\"");
      assertThat(ofVersion.stateMachineArn()).isEqualTo(machine.arn());
      assertThat(ofVersion.stateMachineVersionArn()).isEqualTo(v1.arn());
      assertThat(ofVersion.stateMachineAliasArn()).isNull();
      assertThat(started.details().path("stateMachineVersionArn").asText()).isEqualTo(v1.arn());
      assertThat(started.details().has("stateMachineAliasArn")).isFalse();
      assertThat(emulator.startExecution(machine.arn(), "{}").await().output()).isEqualTo("\"v2\"");
      assertThat(emulator.describeStateMachine(v1.arn()).definition()).isEqualTo(pass("v1"));
      assertThat(emulator.describeStateMachine(v1.arn()).revisionId()).isNull();
      assertThat(updated.revisionId()).isNotNull();
      assertThat(emulator.listVersions(machine.arn())).containsExactly(v1);
    }
  }

  @Test
  void publishing_with_a_stale_revision_id_is_a_conflict_and_initial_names_the_first_revision() {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine("Orders", pass("v1"));
      StateMachineVersion initial = emulator.publishVersion(machine.arn(), "INITIAL", null);
      emulator.updateStateMachine(machine.arn(), pass("v2"), null);

      SfnApiException stale =
          catchThrowableOfType(
              () -> emulator.publishVersion(machine.arn(), "INITIAL", null), SfnApiException.class);

      assertThat(initial.number()).isEqualTo(1);
      assertThat(stale.errorCode()).isEqualTo("ConflictException");
      assertThat(stale.getMessage()).contains("for revision INITIAL");
    }
  }

  @Test
  void executions_of_a_deleted_version_stay_readable_and_the_version_no_longer_runs() {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine("Orders", pass("v1"));
      StateMachineVersion v1 = emulator.publishVersion(machine.arn(), null);
      Execution ran = emulator.startExecution(v1.arn(), "{}").await();

      emulator.deleteVersion(v1.arn());
      SfnApiException again =
          catchThrowableOfType(
              () -> emulator.startExecution(v1.arn(), "{}"), SfnApiException.class);

      assertThat(emulator.describeExecution(ran.arn()).stateMachineVersionArn())
          .isEqualTo(v1.arn());
      assertThat(again.errorCode()).isEqualTo("StateMachineDoesNotExist");
      assertThat(emulator.publishVersion(machine.arn(), null).number()).isEqualTo(2);
    }
  }

  @Test
  void a_state_machine_holds_at_most_1000_versions() {
    // "You can publish up to 1000 versions for each state machine" (PublishStateMachineVersion)
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine("Orders", pass("r0"));
      for (int i = 1; i <= 1000; i++) {
        emulator.updateStateMachine(machine.arn(), pass("r" + i), null);
        emulator.publishVersion(machine.arn(), null);
      }
      emulator.updateStateMachine(machine.arn(), pass("r1001"), null);

      SfnApiException full =
          catchThrowableOfType(
              () -> emulator.publishVersion(machine.arn(), null), SfnApiException.class);
      emulator.deleteVersion(machine.arn() + ":1");

      assertThat(full.errorCode()).isEqualTo("ServiceQuotaExceededException");
      assertThat(full.getMessage()).contains("1000 versions").contains("DeleteStateMachineVersion");
      assertThat(emulator.publishVersion(machine.arn(), null).number()).isEqualTo(1001);
    }
  }
}
