package io.github.sfnemulator;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A published version of a state machine: an immutable snapshot of its definition and role, as
 * {@code DescribeStateMachine} describes it when given the version's ARN.
 *
 * <pre>{@code
 * StateMachineVersion v1 = emulator.publishVersion(machine.arn(), "first release");
 * v1.arn();     // arn:aws:states:us-east-1:123456789012:stateMachine:Orders:1
 * v1.number();  // 1
 * }</pre>
 *
 * @param arn {@code arn:aws:states:REGION:ACCOUNT:stateMachine:NAME:NUMBER}
 * @param stateMachineArn the (unqualified) ARN of the state machine it belongs to
 * @param number its version number: 1 for the first, never reused after a deletion
 * @param description the description given when publishing, or null
 * @param definition the definition text it runs
 * @param roleArn the role it runs with
 * @param revisionId the state machine revision it was published from; null for the revision the
 *     state machine was created with ({@code INITIAL} in the API)
 * @param creationDate when it was published, on the emulator's clock
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record StateMachineVersion(
    String arn,
    String stateMachineArn,
    int number,
    String description,
    String definition,
    String roleArn,
    String revisionId,
    Instant creationDate) {}
