package io.github.sfnemulator;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A state machine created in the emulator, as {@code DescribeStateMachine} describes it.
 *
 * <pre>{@code
 * StateMachine machine = emulator.createStateMachine("Order", definitionJson);
 * machine.arn();  // arn:aws:states:us-east-1:123456789012:stateMachine:Order
 * StateMachine updated = emulator.updateStateMachine(machine.arn(), newDefinitionJson, null);
 * updated.revisionId(); // set now that the definition changed
 * }</pre>
 *
 * @param arn {@code arn:aws:states:REGION:ACCOUNT:stateMachine:NAME}
 * @param name the name given at creation
 * @param definition the definition text as given
 * @param roleArn the role ARN given at creation (or a default)
 * @param creationDate when it was created, on the emulator's clock
 * @param revisionId the current revision: null until an update changes the definition or role (AWS
 *     shows no {@code revisionId} for the revision a state machine was created with)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record StateMachine(
    String arn,
    String name,
    String definition,
    String roleArn,
    Instant creationDate,
    String revisionId) {

  /** A state machine at the revision it was created with. */
  public StateMachine(
      String arn, String name, String definition, String roleArn, Instant creationDate) {
    this(arn, name, definition, roleArn, creationDate, null);
  }
}
