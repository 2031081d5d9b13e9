package io.github.sfnemulator.internal.versions;

import io.github.sfnemulator.AliasRoute;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.internal.limits.ApiConstraints;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An alias's name and routing configuration, checked in AWS's order and words (recorded responses
 * of CreateStateMachineAlias), and the choice of a version for one execution.
 */
final class AliasRouting {
  /** CreateStateMachineAlias's {@code name} pattern: word characters, at least one not a digit. */
  static final String NAME_PATTERN = "^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$";

  private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
  private static final int MAX_ROUTES = 2;

  private AliasRouting() {}

  static void checkName(String name) {
    if (name == null || name.isEmpty()) {
      throw ApiConstraints.violation(
          "name", name, "Member must have length greater than or equal to 1");
    }
    if (name.length() > ApiConstraints.MAX_NAME_LENGTH) {
      throw ApiConstraints.violation(
          "name",
          name,
          "Member must have length less than or equal to " + ApiConstraints.MAX_NAME_LENGTH);
    }
    if (!NAME.matcher(name).matches()) {
      throw ApiConstraints.violation(
          "name", name, "Member must satisfy regular expression pattern: " + NAME_PATTERN);
    }
  }

  /** The checks that need no lookup: count, distinct versions, weights and their sum. */
  static void checkShape(List<AliasRoute> routes) {
    if (routes == null || routes.isEmpty()) {
      throw ApiConstraints.violation(
          "routingConfiguration", "[]", "Member must have length greater than or equal to 1");
    }
    if (routes.size() > MAX_ROUTES) {
      throw ApiConstraints.violation(
          "routingConfiguration",
          routes.stream()
              .map(
                  r ->
                      "RoutingConfigurationListItem(stateMachineVersionArn="
                          + r.versionArn()
                          + ", weight="
                          + r.weight()
                          + ")")
              .collect(Collectors.joining(", ", "[", "]")),
          "Member must have length less than or equal to " + MAX_ROUTES);
    }
    if (routes.stream().map(AliasRoute::versionArn).distinct().count() < routes.size()) {
      throw new SfnApiException(
          "ValidationException",
          "Routing configuration must contain distinct state machine version ARNs. Received: "
              + arns(routes));
    }
    for (int i = 0; i < routes.size(); i++) {
      int weight = routes.get(i).weight();
      String field = "routingConfiguration." + (i + 1) + ".member.weight";
      if (weight < 0) {
        throw ApiConstraints.violation(
            field, weight, "Member must have value greater than or equal to 0");
      }
      if (weight > 100) {
        throw ApiConstraints.violation(
            field, weight, "Member must have value less than or equal to 100");
      }
    }
    if (routes.stream().mapToInt(AliasRoute::weight).sum() != 100) {
      throw new SfnApiException(
          "ValidationException",
          "Sum of routing configuration weights must equal 100. Received: "
              + routes.stream()
                  .map(r -> Integer.toString(r.weight()))
                  .collect(Collectors.joining(", ", "[", "]")));
    }
  }

  /** The ARNs as AWS lists them in its messages: {@code [arn1, arn2]}. */
  static String arns(List<AliasRoute> routes) {
    return routes.stream().map(AliasRoute::versionArn).collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * The route one execution takes: a draw of 0..99 from the emulator's seeded router falls in the
   * first route's weight or else in the second's.
   */
  static AliasRoute pick(List<AliasRoute> routes, SplittableRandom router) {
    int draw = router.nextInt(100);
    int bound = 0;
    for (AliasRoute route : routes) {
      bound += route.weight();
      if (draw < bound) {
        return route;
      }
    }
    return routes.get(routes.size() - 1);
  }
}
