package io.github.sfnemulator;

import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A state machine alias, as {@code DescribeStateMachineAlias} describes it: a name that routes each
 * execution started through it to one of one or two versions, by weight.
 *
 * <pre>{@code
 * StateMachineAlias prod =
 *     emulator.createAlias("prod", null, AliasRoute.of(v3.arn(), 90), AliasRoute.of(v4.arn(), 10));
 * emulator.startExecution(prod.arn(), "{}"); // runs version 3 or 4, chosen by the seeded router
 * }</pre>
 *
 * @param arn {@code arn:aws:states:REGION:ACCOUNT:stateMachine:NAME:ALIAS}
 * @param name the alias name
 * @param description its description, or null
 * @param routes one or two routes whose weights add up to 100
 * @param creationDate when it was created, on the emulator's clock
 * @param updateDate when it was last updated, or null
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record StateMachineAlias(
    String arn,
    String name,
    String description,
    List<AliasRoute> routes,
    Instant creationDate,
    Instant updateDate) {
  public StateMachineAlias {
    routes = List.copyOf(routes);
  }
}
