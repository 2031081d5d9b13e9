package io.github.sfnemulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** State machine operations through an unmodified SfnClient. */
class StateMachineApiTest {
  static final String ROLE = "arn:aws:iam::123456789012:role/sfn";
  static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\"one\",\"End\":true}}}";
  static final String PASS_TWO =
      "{\"StartAt\":\"Q\",\"States\":{\"Q\":{\"Type\":\"Pass\",\"Result\":\"two\",\"End\":true}}}";

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

  @Test
  void creates_and_describes_a_state_machine() {
    // WHEN
    String arn =
        f.sfn
            .createStateMachine(
                b -> b.name("Orders").definition(PASS).roleArn(ROLE).type(StateMachineType.EXPRESS))
            .stateMachineArn();
    DescribeStateMachineResponse described =
        f.sfn.describeStateMachine(b -> b.stateMachineArn(arn));
    // THEN
    assertThat(arn).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:Orders");
    assertThat(described.name()).isEqualTo("Orders");
    assertThat(described.definition()).isEqualTo(PASS);
    assertThat(described.roleArn()).isEqualTo(ROLE);
    assertThat(described.type()).isEqualTo(StateMachineType.EXPRESS);
    assertThat(described.statusAsString()).isEqualTo("ACTIVE");
    assertThat(described.creationDate())
        .isEqualTo(f.emulator.describeStateMachine(arn).creationDate());
  }

  @Test
  void updates_the_definition_for_new_executions() {
    String arn = create("Orders", PASS);

    f.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(PASS_TWO));

    assertThat(f.sfn.describeStateMachine(b -> b.stateMachineArn(arn)).definition())
        .isEqualTo(PASS_TWO);
    assertThat(f.emulator.startSyncExecution(arn, "{}").output()).isEqualTo("\"two\"");
  }

  @Test
  void update_without_any_change_is_a_missing_required_parameter() {
    String arn = create("Orders", PASS);

    assertThat(
            catchThrowableOfType(
                () -> f.sfn.updateStateMachine(b -> b.stateMachineArn(arn)),
                MissingRequiredParameterException.class))
        .isNotNull();
  }

  @Test
  void lists_state_machines_in_pages() {
    for (int i = 0; i < 5; i++) {
      create("M" + i, PASS);
    }
    List<String> names = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ListStateMachinesResponse page =
          f.sfn.listStateMachines(b -> b.maxResults(2).nextToken(next));
      page.stateMachines().stream().map(StateMachineListItem::name).forEach(names::add);
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(names).containsExactly("M0", "M1", "M2", "M3", "M4");
    assertThat(pages).isEqualTo(3);
    assertThat(f.sfn.listStateMachinesPaginator(b -> b.maxResults(1)).stateMachines()).hasSize(5);
  }

  @Test
  void deletes_a_state_machine() {
    String arn = create("Orders", PASS);

    f.sfn.deleteStateMachine(b -> b.stateMachineArn(arn));

    assertThat(f.sfn.listStateMachines().stateMachines()).isEmpty();
    StateMachineDoesNotExistException e =
        catchThrowableOfType(
            () -> f.sfn.describeStateMachine(b -> b.stateMachineArn(arn)),
            StateMachineDoesNotExistException.class);
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("StateMachineDoesNotExist");
    assertThat(e.awsErrorDetails().errorMessage()).contains(arn);
  }

  @Test
  void rejects_an_invalid_definition_with_its_diagnostics() {
    InvalidDefinitionException e =
        catchThrowableOfType(
            () ->
                create(
                    "Bad",
                    "{\"StartAt\":\"Missing\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"),
            InvalidDefinitionException.class);

    assertThat(e.awsErrorDetails().errorMessage())
        .startsWith("Invalid State Machine Definition: '")
        .contains("Missing");
  }

  @Test
  void rejects_an_invalid_name_and_a_conflicting_definition() {
    create("Orders", PASS);

    assertThat(catchThrowableOfType(() -> create("bad name!", PASS), InvalidNameException.class))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                () -> create("Orders", PASS_TWO), StateMachineAlreadyExistsException.class))
        .isNotNull();
    assertThat(create("Orders", PASS)).endsWith(":Orders");
  }

  @Test
  void rejects_malformed_arns_and_an_unknown_type() {
    InvalidArnException malformed =
        catchThrowableOfType(
            () -> f.sfn.describeStateMachine(b -> b.stateMachineArn("not-an-arn")),
            InvalidArnException.class);
    InvalidArnException wrongKind =
        catchThrowableOfType(
            () ->
                f.sfn.describeStateMachine(
                    b -> b.stateMachineArn("arn:aws:states:us-east-1:123456789012:activity:A")),
            InvalidArnException.class);
    ValidationException badType =
        catchThrowableOfType(
            () ->
                f.sfn.createStateMachine(
                    b -> b.name("X").definition(PASS).roleArn(ROLE).type("BATCH")),
            ValidationException.class);

    assertThat(malformed.awsErrorDetails().errorMessage())
        .isEqualTo("Invalid Arn: 'Invalid ARN prefix: not-an-arn'");
    assertThat(wrongKind.awsErrorDetails().errorMessage())
        .isEqualTo("Invalid Arn: 'Resource type not valid in this context: activity'");
    assertThat(badType.awsErrorDetails().errorMessage())
        .contains("'type'")
        .contains("STANDARD, EXPRESS");
  }

  @Test
  void validates_a_definition_without_creating_it() {
    ValidateStateMachineDefinitionResponse ok =
        f.sfn.validateStateMachineDefinition(b -> b.definition(PASS));
    ValidateStateMachineDefinitionResponse bad =
        f.sfn.validateStateMachineDefinition(
            b ->
                b.definition(
                    "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Next\":\"Nowhere\"}}}"));

    assertThat(ok.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
    assertThat(ok.diagnostics()).isEmpty();
    assertThat(bad.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
    assertThat(bad.diagnostics()).isNotEmpty();
    assertThat(bad.diagnostics().get(0).severityAsString()).isEqualTo("ERROR");
    assertThat(bad.diagnostics().get(0).location()).startsWith("/States");
    assertThat(f.sfn.listStateMachines().stateMachines()).isEmpty();
  }

  @Test
  void tags_untags_and_lists_tags() {
    String arn =
        f.sfn
            .createStateMachine(
                b -> b.name("Orders").definition(PASS).roleArn(ROLE).tags(tag("team", "payments")))
            .stateMachineArn();

    f.sfn.tagResource(b -> b.resourceArn(arn).tags(tag("env", "test"), tag("cost", "42")));
    f.sfn.untagResource(b -> b.resourceArn(arn).tagKeys("cost"));

    assertThat(f.sfn.listTagsForResource(b -> b.resourceArn(arn)).tags())
        .containsExactly(tag("team", "payments"), tag("env", "test"));
    assertThat(
            catchThrowableOfType(
                () -> f.sfn.listTagsForResource(b -> b.resourceArn(arn + "-gone")),
                ResourceNotFoundException.class))
        .isNotNull();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}
