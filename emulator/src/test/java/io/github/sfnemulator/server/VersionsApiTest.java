package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ConflictException;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.PublishStateMachineVersionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineVersionListItem;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * Versions through an unmodified SfnClient. The expected responses and error texts are AWS's as
 * LocalStack recorded them against AWS (tests/aws/services/stepfunctions/v2/
 * test_sfn_api_versioning.snapshot.json), and the API reference's PublishStateMachineVersion,
 * ListStateMachineVersions and DeleteStateMachineVersion pages.
 */
class VersionsApiTest {
  /** A Pass state whose output says which revision ran, so an execution shows its version. */
  static String revision(String name) {
    return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\""
        + name
        + "\",\"End\":true}}}";
  }

  /** Returns the context object's StateMachine, so a test sees $$.StateMachine.Id. */
  static final String CONTEXT =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"machine.$\":\"$$.StateMachine\"},\"End\":true}}}";

  private final ServerFixture f = new ServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private String create(String name, String definition) {
    return f.sfn
        .createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  private UpdateStateMachineResponse update(String arn, String definition, boolean publish) {
    return f.sfn.updateStateMachine(
        b -> b.stateMachineArn(arn).definition(definition).publish(publish));
  }

  private String runToEnd(String arn) {
    String execution = f.sfn.startExecution(b -> b.stateMachineArn(arn)).executionArn();
    f.emulator.describeExecution(execution).await();
    return execution;
  }

  @Test
  void create_with_publish_returns_version_1_and_describe_of_the_version_shows_its_snapshot() {
    CreateStateMachineResponse created =
        f.sfn.createStateMachine(
            b ->
                b.name("Orders")
                    .definition(revision("r0"))
                    .roleArn(ROLE)
                    .publish(true)
                    .versionDescription("first"));

    DescribeStateMachineResponse version =
        f.sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineVersionArn()));
    DescribeStateMachineResponse machine =
        f.sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn()));

    assertThat(created.stateMachineVersionArn()).isEqualTo(created.stateMachineArn() + ":1");
    assertThat(version.stateMachineArn()).isEqualTo(created.stateMachineArn() + ":1");
    assertThat(version.name()).isEqualTo("Orders");
    assertThat(version.description()).isEqualTo("first");
    assertThat(version.definition()).isEqualTo(revision("r0"));
    assertThat(version.revisionId()).isNull(); // the revision a machine was created with has none
    assertThat(machine.description()).isNull();
  }

  @Test
  void a_version_description_without_publish_is_refused() {
    ValidationException e =
        catchThrowableOfType(
            () ->
                f.sfn.createStateMachine(
                    b ->
                        b.name("Orders")
                            .definition(revision("r0"))
                            .roleArn(ROLE)
                            .versionDescription("x")),
            ValidationException.class);

    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo("Version description can only be set when publish is true");
  }

  @Test
  void update_with_publish_publishes_each_new_revision_and_lists_versions_newest_first() {
    String machine = create("Orders", revision("r0"));

    UpdateStateMachineResponse r1 = update(machine, revision("r1"), true);
    UpdateStateMachineResponse r2 = update(machine, revision("r2"), true);
    List<StateMachineVersionListItem> versions =
        f.sfn.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions();

    assertThat(r1.stateMachineVersionArn()).isEqualTo(machine + ":1");
    assertThat(r2.stateMachineVersionArn()).isEqualTo(machine + ":2");
    assertThat(r1.revisionId()).isNotNull().isNotEqualTo(r2.revisionId());
    assertThat(versions)
        .extracting(StateMachineVersionListItem::stateMachineVersionArn)
        .containsExactly(machine + ":2", machine + ":1");
    assertThat(f.sfn.describeStateMachine(b -> b.stateMachineArn(machine + ":1")).revisionId())
        .isEqualTo(r1.revisionId());
    assertThat(f.sfn.describeStateMachine(b -> b.stateMachineArn(machine)).revisionId())
        .isEqualTo(r2.revisionId());
  }

  @Test
  void publishing_an_unchanged_revision_returns_the_version_already_published() {
    String machine = create("Orders", revision("r0"));

    PublishStateMachineVersionResponse first =
        f.sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine));
    PublishStateMachineVersionResponse again =
        f.sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine));
    // an update to the same definition makes no new revision either
    UpdateStateMachineResponse same = update(machine, revision("r0"), true);

    assertThat(again.stateMachineVersionArn())
        .isEqualTo(first.stateMachineVersionArn())
        .isEqualTo(machine + ":1");
    assertThat(again.creationDate()).isEqualTo(first.creationDate());
    assertThat(same.stateMachineVersionArn()).isEqualTo(machine + ":1");
    assertThat(same.revisionId()).isNull();
    assertThat(
            f.sfn.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions())
        .hasSize(1);
  }

  @Test
  void publishing_a_revision_that_is_no_longer_current_is_a_conflict() {
    String machine = create("Orders", revision("r0"));
    String r1 = update(machine, revision("r1"), false).revisionId();
    String r2 = update(machine, revision("r2"), false).revisionId();

    ConflictException e =
        catchThrowableOfType(
            () -> f.sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine).revisionId(r1)),
            ConflictException.class);
    PublishStateMachineVersionResponse current =
        f.sfn.publishStateMachineVersion(
            b -> b.stateMachineArn(machine).revisionId(r2).description("v1"));

    // API reference, ConflictException: "HTTP Status Code: 409"
    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo(
            "Failed to publish the State Machine version for revision "
                + r1
                + ". The current State Machine revision is "
                + r2
                + ".");
    assertThat(current.stateMachineVersionArn()).isEqualTo(machine + ":1");
  }

  @Test
  void version_numbers_are_not_reused_after_a_deletion_and_deleting_twice_succeeds() {
    String machine =
        f.sfn
            .createStateMachine(
                b -> b.name("Orders").definition(revision("r0")).roleArn(ROLE).publish(true))
            .stateMachineArn();
    update(machine, revision("r1"), true);

    f.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(machine + ":2"));
    f.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(machine + ":2"));
    String republished =
        f.sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine)).stateMachineVersionArn();

    assertThat(republished).isEqualTo(machine + ":3");
    assertThat(
            f.sfn.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions())
        .extracting(StateMachineVersionListItem::stateMachineVersionArn)
        .containsExactly(machine + ":3", machine + ":1");
  }

  @Test
  void an_execution_of_a_version_runs_its_snapshot_and_records_it_everywhere() {
    String machine = create("Orders", revision("r0"));
    String v1 = update(machine, revision("r1"), true).stateMachineVersionArn();
    update(machine, revision("r2"), false);

    String ofVersion = runToEnd(v1);
    String ofLatest = runToEnd(machine);
    DescribeExecutionResponse described = f.sfn.describeExecution(b -> b.executionArn(ofVersion));
    List<ExecutionListItem> byVersion =
        f.sfn.listExecutions(b -> b.stateMachineArn(v1)).executions();
    List<ExecutionListItem> all =
        f.sfn.listExecutions(b -> b.stateMachineArn(machine)).executions();
    HistoryEvent started =
        f.sfn.getExecutionHistory(b -> b.executionArn(ofVersion)).events().get(0);
    DescribeStateMachineForExecutionResponse forExecution =
        f.sfn.describeStateMachineForExecution(b -> b.executionArn(ofVersion));

    assertThat(ofVersion).startsWith(machine.replace(":stateMachine:", ":execution:") + ":");
    assertThat(described.output()).isEqualTo("\"r1\"");
    assertThat(described.stateMachineArn()).isEqualTo(machine);
    assertThat(described.stateMachineVersionArn()).isEqualTo(v1);
    assertThat(described.stateMachineAliasArn()).isNull();
    assertThat(f.sfn.describeExecution(b -> b.executionArn(ofLatest)).output()).isEqualTo("\"r2\"");
    assertThat(f.sfn.describeExecution(b -> b.executionArn(ofLatest)).stateMachineVersionArn())
        .isNull();
    assertThat(byVersion).extracting(ExecutionListItem::executionArn).containsExactly(ofVersion);
    assertThat(all)
        .extracting(ExecutionListItem::executionArn)
        .containsExactly(ofLatest, ofVersion);
    assertThat(all.get(1).stateMachineVersionArn()).isEqualTo(v1);
    assertThat(started.executionStartedEventDetails().stateMachineVersionArn()).isEqualTo(v1);
    assertThat(started.executionStartedEventDetails().stateMachineAliasArn()).isNull();
    assertThat(forExecution.stateMachineArn()).isEqualTo(machine);
    assertThat(forExecution.definition()).isEqualTo(revision("r1"));
  }

  @Test
  void the_context_object_names_the_version_that_ran() {
    String machine =
        f.sfn
            .createStateMachine(b -> b.name("Ctx").definition(CONTEXT).roleArn(ROLE).publish(true))
            .stateMachineArn();

    JsonNode output =
        Json.parse(f.sfn.describeExecution(b -> b.executionArn(runToEnd(machine + ":1"))).output());

    assertThat(output.at("/machine/Id").asText()).isEqualTo(machine + ":1");
    assertThat(output.at("/machine/Name").asText()).isEqualTo("Ctx");
  }

  @Test
  void a_deleted_version_neither_runs_nor_is_described_and_versions_cannot_be_updated() {
    String machine =
        f.sfn
            .createStateMachine(
                b -> b.name("Orders").definition(revision("r0")).roleArn(ROLE).publish(true))
            .stateMachineArn();
    f.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(machine + ":1"));

    StateMachineDoesNotExistException start =
        catchThrowableOfType(
            () -> f.sfn.startExecution(b -> b.stateMachineArn(machine + ":1")),
            StateMachineDoesNotExistException.class);
    StateMachineDoesNotExistException describe =
        catchThrowableOfType(
            () -> f.sfn.describeStateMachine(b -> b.stateMachineArn(machine + ":1")),
            StateMachineDoesNotExistException.class);
    StateMachineDoesNotExistException updateVersion =
        catchThrowableOfType(
            () -> update(machine + ":1", revision("r1"), false),
            StateMachineDoesNotExistException.class);

    assertThat(start.awsErrorDetails().errorMessage())
        .startsWith("State Machine Does Not Exist: '" + machine + ":1'");
    assertThat(describe.awsErrorDetails().errorMessage())
        .startsWith("State Machine Does Not Exist: '" + machine + ":1'");
    assertThat(updateVersion.awsErrorDetails().errorMessage())
        .startsWith("State Machine Does Not Exist: '" + machine + ":1'");
  }

  @Test
  void publishing_for_a_missing_machine_or_a_bad_arn_fails_as_on_aws() {
    String machine = create("Orders", revision("r0"));
    String missing = machine.replace("Orders", "Nope");

    StateMachineDoesNotExistException none =
        catchThrowableOfType(
            () -> f.sfn.publishStateMachineVersion(b -> b.stateMachineArn(missing)),
            StateMachineDoesNotExistException.class);
    InvalidArnException bad =
        catchThrowableOfType(
            () -> f.sfn.publishStateMachineVersion(b -> b.stateMachineArn("invalid_arn")),
            InvalidArnException.class);

    assertThat(none.awsErrorDetails().errorMessage())
        .startsWith("State Machine Does Not Exist: '" + missing + "'");
    assertThat(bad.awsErrorDetails().errorMessage())
        .isEqualTo("Invalid Arn: 'Invalid ARN prefix: invalid_arn'");
  }

  @Test
  void deleting_the_state_machine_deletes_its_versions() {
    String machine =
        f.sfn
            .createStateMachine(
                b -> b.name("Orders").definition(revision("r0")).roleArn(ROLE).publish(true))
            .stateMachineArn();

    f.sfn.deleteStateMachine(b -> b.stateMachineArn(machine));
    create("Orders", revision("r9"));

    assertThat(
            f.sfn.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions())
        .isEmpty();
    assertThat(
            f.sfn
                .publishStateMachineVersion(b -> b.stateMachineArn(machine))
                .stateMachineVersionArn())
        .isEqualTo(machine + ":1");
  }
}
