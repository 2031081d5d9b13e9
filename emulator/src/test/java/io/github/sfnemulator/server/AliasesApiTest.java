package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static io.github.sfnemulator.server.VersionsApiTest.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ConflictException;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineAliasListItem;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * Aliases through an unmodified SfnClient. Expected error texts are AWS's as LocalStack recorded
 * them against AWS (tests/aws/services/stepfunctions/v2/test_sfn_api_aliasing.snapshot.json); where
 * no recording exists (ResourceNotFound, routes of two state machines) the error code is the API
 * reference's (CreateStateMachineAlias, DescribeStateMachineAlias, Errors) and the message the
 * emulator's.
 */
class AliasesApiTest {
  private final ServerFixture f = new ServerFixture();
  private String machine;

  @AfterEach
  void close() {
    f.close();
  }

  /** Orders with versions 1, 2 and 3, each returning its revision's name. */
  private void threeVersions() {
    machine =
        f.sfn
            .createStateMachine(
                b -> b.name("Orders").definition(revision("r1")).roleArn(ROLE).publish(true))
            .stateMachineArn();
    f.sfn.updateStateMachine(
        b -> b.stateMachineArn(machine).definition(revision("r2")).publish(true));
    f.sfn.updateStateMachine(
        b -> b.stateMachineArn(machine).definition(revision("r3")).publish(true));
  }

  private static RoutingConfigurationListItem route(String versionArn, int weight) {
    return RoutingConfigurationListItem.builder()
        .stateMachineVersionArn(versionArn)
        .weight(weight)
        .build();
  }

  private String createAlias(String name, RoutingConfigurationListItem... routes) {
    return f.sfn
        .createStateMachineAlias(b -> b.name(name).description("d").routingConfiguration(routes))
        .stateMachineAliasArn();
  }

  private String aliasError(String name, RoutingConfigurationListItem... routes) {
    return catchThrowableOfType(() -> createAlias(name, routes), SfnException.class)
            .awsErrorDetails()
            .errorCode()
        + ": "
        + catchThrowableOfType(() -> createAlias(name, routes), SfnException.class)
            .awsErrorDetails()
            .errorMessage();
  }

  @Test
  void creates_describes_updates_lists_and_deletes_aliases() {
    threeVersions();

    String prod = createAlias("prod", route(machine + ":1", 100));
    String again = createAlias("prod", route(machine + ":1", 100)); // idempotent
    String beta = createAlias("beta", route(machine + ":2", 100));
    f.sfn.updateStateMachineAlias(
        b ->
            b.stateMachineAliasArn(prod)
                .description("new description")
                .routingConfiguration(route(machine + ":1", 90), route(machine + ":2", 10)));
    DescribeStateMachineAliasResponse described =
        f.sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(prod));
    List<StateMachineAliasListItem> listed =
        f.sfn.listStateMachineAliases(b -> b.stateMachineArn(machine)).stateMachineAliases();
    f.sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(beta));

    assertThat(prod).isEqualTo(machine + ":prod").isEqualTo(again);
    assertThat(described.name()).isEqualTo("prod");
    assertThat(described.description()).isEqualTo("new description");
    assertThat(described.routingConfiguration())
        .containsExactly(route(machine + ":1", 90), route(machine + ":2", 10));
    assertThat(described.updateDate()).isNotNull();
    assertThat(listed)
        .extracting(StateMachineAliasListItem::stateMachineAliasArn)
        .containsExactly(prod, beta);
    assertThat(f.sfn.listStateMachineAliases(b -> b.stateMachineArn(machine)).stateMachineAliases())
        .extracting(StateMachineAliasListItem::stateMachineAliasArn)
        .containsExactly(prod);
  }

  @Test
  void an_execution_through_an_alias_records_the_alias_and_the_version() {
    threeVersions();
    String prod = createAlias("prod", route(machine + ":3", 100));

    String execution = f.sfn.startExecution(b -> b.stateMachineArn(prod)).executionArn();
    f.emulator.describeExecution(execution).await();
    DescribeExecutionResponse described = f.sfn.describeExecution(b -> b.executionArn(execution));
    ExecutionListItem listedByAlias =
        f.sfn.listExecutions(b -> b.stateMachineArn(prod)).executions().get(0);
    HistoryEvent started =
        f.sfn.getExecutionHistory(b -> b.executionArn(execution)).events().get(0);

    assertThat(described.output()).isEqualTo("\"r3\"");
    assertThat(described.stateMachineArn()).isEqualTo(machine);
    assertThat(described.stateMachineAliasArn()).isEqualTo(prod);
    assertThat(described.stateMachineVersionArn()).isEqualTo(machine + ":3");
    assertThat(listedByAlias.executionArn()).isEqualTo(execution);
    assertThat(listedByAlias.stateMachineAliasArn()).isEqualTo(prod);
    assertThat(f.sfn.listExecutions(b -> b.stateMachineArn(machine + ":3")).executions())
        .hasSize(1);
    assertThat(f.sfn.listExecutions(b -> b.stateMachineArn(machine + ":1")).executions()).isEmpty();
    assertThat(started.executionStartedEventDetails().stateMachineAliasArn()).isEqualTo(prod);
    assertThat(started.executionStartedEventDetails().stateMachineVersionArn())
        .isEqualTo(machine + ":3");
  }

  @Test
  void a_90_10_alias_splits_1000_executions_within_three_standard_deviations() {
    threeVersions();
    String prod = createAlias("prod", route(machine + ":1", 90), route(machine + ":2", 10));

    for (int i = 0; i < 1000; i++) {
      f.sfn.startExecution(b -> b.stateMachineArn(prod));
    }
    int toV1 = executionsOf(machine + ":1");
    int toV2 = executionsOf(machine + ":2");

    // Binomial(n = 1000, p = 0.9): mean 900, sigma = sqrt(1000 * 0.9 * 0.1) ~ 9.5, so 900 +- 28
    assertThat(toV1).isBetween(872, 928);
    assertThat(toV1 + toV2).isEqualTo(1000);
    assertThat(executionsOf(prod)).isEqualTo(1000);
  }

  /** How many executions ListExecutions finds for a version or alias ARN. */
  private int executionsOf(String qualifiedArn) {
    return f
        .sfn
        .listExecutionsPaginator(b -> b.stateMachineArn(qualifiedArn).maxResults(1000))
        .executions()
        .stream()
        .mapToInt(e -> 1)
        .sum();
  }

  @Test
  void refuses_bad_routing_configurations_in_aws_words() {
    threeVersions();
    String v1 = machine + ":1";
    String v2 = machine + ":2";

    assertThat(aliasError("a", route(v1, 50), route(v2, 30), route(machine + ":3", 20)))
        .isEqualTo(
            "ValidationException: 1 validation error detected: Value '[RoutingConfigurationListItem(stateMachineVersionArn="
                + v1
                + ", weight=50), RoutingConfigurationListItem(stateMachineVersionArn="
                + v2
                + ", weight=30), RoutingConfigurationListItem(stateMachineVersionArn="
                + machine
                + ":3, weight=20)]' at 'routingConfiguration' failed to satisfy constraint: Member must have length less"
                + " than or equal to 2");
    assertThat(aliasError("a", route(v1, 50), route(v1, 50)))
        .isEqualTo(
            "ValidationException: Routing configuration must contain distinct state machine version ARNs. Received: ["
                + v1
                + ", "
                + v1
                + "]");
    assertThat(aliasError("a", route(machine, 70), route(v2, 30)))
        .isEqualTo(
            "ValidationException: Routing configuration must contain state machine version ARNs. Received: ["
                + machine
                + ", "
                + v2
                + "]");
    assertThat(aliasError("a", route(v1, 101)))
        .isEqualTo(
            "ValidationException: 1 validation error detected: Value '101' at 'routingConfiguration.1.member.weight'"
                + " failed to satisfy constraint: Member must have value less than or equal to 100");
    assertThat(aliasError("a", route(v1, 70), route(v2, 29)))
        .isEqualTo(
            "ValidationException: Sum of routing configuration weights must equal 100. Received: [70, 29]");
    assertThat(aliasError("a", route(v1, 70), route(v2, 31)))
        .isEqualTo(
            "ValidationException: Sum of routing configuration weights must equal 100. Received: [70, 31]");
    assertThat(aliasError("a", route(machine + ":9", 100))).startsWith("ResourceNotFound: ");
  }

  @Test
  void refuses_invalid_alias_names_in_aws_words() {
    threeVersions();
    String pattern = "^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$";

    for (String name : List.of("123", "INVALID ALIAS", "!INVALID", "ALIAS@")) {
      assertThat(aliasError(name, route(machine + ":1", 100)))
          .isEqualTo(
              "ValidationException: 1 validation error detected: Value '"
                  + name
                  + "' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                  + pattern);
    }
    String longName = "A".repeat(81);
    assertThat(aliasError(longName, route(machine + ":1", 100)))
        .isEqualTo(
            "ValidationException: 1 validation error detected: Value '"
                + longName
                + "' at 'name' failed to satisfy constraint: Member must have length less than or equal to 80");
  }

  @Test
  void creating_an_alias_again_with_other_routes_is_a_conflict() {
    threeVersions();
    createAlias("prod", route(machine + ":1", 100));

    ConflictException e =
        catchThrowableOfType(
            () -> createAlias("prod", route(machine + ":2", 100)), ConflictException.class);

    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo(
            "Failed to create alias because an alias with the same name and a different routing configuration already exists.");
  }

  @Test
  void a_version_an_alias_routes_to_cannot_be_deleted_until_the_alias_moves() {
    threeVersions();
    String prod = createAlias("prod", route(machine + ":1", 100));

    ConflictException e =
        catchThrowableOfType(
            () -> f.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(machine + ":1")),
            ConflictException.class);
    f.sfn.updateStateMachineAlias(
        b -> b.stateMachineAliasArn(prod).routingConfiguration(route(machine + ":2", 100)));
    f.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(machine + ":1"));

    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo(
            "Version to be deleted must not be referenced by an alias. Current list of aliases referencing this version: [prod]");
    assertThat(
            f.sfn.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions())
        .hasSize(2);
  }

  @Test
  void routes_must_name_versions_of_one_state_machine() {
    threeVersions();
    String other =
        f.sfn
            .createStateMachine(
                b -> b.name("Other").definition(revision("o")).roleArn(ROLE).publish(true))
            .stateMachineVersionArn();
    String prod = createAlias("prod", route(machine + ":1", 100));

    ValidationException create =
        catchThrowableOfType(
            () -> createAlias("mixed", route(machine + ":1", 50), route(other, 50)),
            ValidationException.class);
    ValidationException update =
        catchThrowableOfType(
            () ->
                f.sfn.updateStateMachineAlias(
                    b -> b.stateMachineAliasArn(prod).routingConfiguration(route(other, 100))),
            ValidationException.class);

    assertThat(create.awsErrorDetails().errorMessage())
        .contains("Routing configuration must contain versions of the alias's state machine only");
    assertThat(update.awsErrorDetails().errorMessage()).contains(other);
  }

  @Test
  void a_missing_alias_is_resource_not_found_and_cannot_start_executions() {
    threeVersions();
    String prod = createAlias("prod", route(machine + ":1", 100));
    f.sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(prod));

    ResourceNotFoundException describe =
        catchThrowableOfType(
            () -> f.sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(prod)),
            ResourceNotFoundException.class);
    ResourceNotFoundException update =
        catchThrowableOfType(
            () -> f.sfn.updateStateMachineAlias(b -> b.stateMachineAliasArn(prod).description("x")),
            ResourceNotFoundException.class);
    SfnException start =
        catchThrowableOfType(
            () -> f.sfn.startExecution(b -> b.stateMachineArn(prod)), SfnException.class);

    assertThat(describe.awsErrorDetails().errorMessage()).contains(prod);
    assertThat(update.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFound");
    assertThat(start.awsErrorDetails().errorCode()).isEqualTo("StateMachineDoesNotExist");
  }
}
