package io.github.sfnemulator;

import org.apiguardian.api.API;

/**
 * One entry of an alias's routing configuration: the share of the alias's executions, in percent,
 * that run {@code versionArn}.
 *
 * <pre>{@code
 * StateMachineVersion v1 = emulator.publishVersion(machine.arn(), "first");
 * StateMachineVersion v2 = emulator.publishVersion(machine.arn(), "second");
 * emulator.createAlias("live", "canary", AliasRoute.of(v1.arn(), 90), AliasRoute.of(v2.arn(), 10));
 * }</pre>
 *
 * @param versionArn the ARN of a published version of the alias's state machine
 * @param weight 0 to 100; the weights of an alias's routes add up to 100
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record AliasRoute(String versionArn, int weight) {
  public static AliasRoute of(String versionArn, int weight) {
    return new AliasRoute(versionArn, weight);
  }

  /** Routes every execution of the alias to {@code version}. */
  public static AliasRoute to(StateMachineVersion version) {
    return new AliasRoute(version.arn(), 100);
  }
}
