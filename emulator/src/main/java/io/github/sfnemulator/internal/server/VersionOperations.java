package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.AliasRoute;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachineAlias;
import io.github.sfnemulator.StateMachineVersion;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The version and alias operations: Publish/List/DeleteStateMachineVersion and the five alias ones.
 */
final class VersionOperations {
  private final StepFunctionsEmulator emulator;

  VersionOperations(ApiContext context) {
    this.emulator = context.emulator();
  }

  void register(Map<String, Operation> operations) {
    operations.put("PublishStateMachineVersion", this::publish);
    operations.put("ListStateMachineVersions", this::listVersions);
    operations.put("DeleteStateMachineVersion", this::deleteVersion);
    operations.put("CreateStateMachineAlias", this::createAlias);
    operations.put("DescribeStateMachineAlias", this::describeAlias);
    operations.put("UpdateStateMachineAlias", this::updateAlias);
    operations.put("DeleteStateMachineAlias", this::deleteAlias);
    operations.put("ListStateMachineAliases", this::listAliases);
  }

  private JsonNode publish(ApiRequest request) {
    String arn = Arns.check(request.required("stateMachineArn"), "stateMachine");
    StateMachineVersion version =
        emulator.publishVersion(
            arn, request.optional("revisionId"), request.optional("description"));
    ObjectNode out = ApiJson.object().put("stateMachineVersionArn", version.arn());
    ApiJson.putTime(out, "creationDate", version.creationDate());
    return out;
  }

  private JsonNode listVersions(ApiRequest request) {
    String arn = Arns.check(request.required("stateMachineArn"), "stateMachine");
    Paging.check(request);
    return listPage(
        emulator.listVersions(arn),
        request,
        "stateMachineVersions",
        "stateMachineVersionArn",
        StateMachineVersion::arn,
        StateMachineVersion::creationDate);
  }

  private JsonNode deleteVersion(ApiRequest request) {
    emulator.deleteVersion(Arns.check(request.required("stateMachineVersionArn"), "stateMachine"));
    return ApiJson.object();
  }

  private JsonNode createAlias(ApiRequest request) {
    StateMachineAlias alias =
        emulator.createAlias(
            request.required("name"), request.optional("description"), routes(request, true));
    ObjectNode out = ApiJson.object().put("stateMachineAliasArn", alias.arn());
    ApiJson.putTime(out, "creationDate", alias.creationDate());
    return out;
  }

  private JsonNode describeAlias(ApiRequest request) {
    StateMachineAlias alias =
        emulator.describeAlias(
            Arns.check(request.required("stateMachineAliasArn"), "stateMachine"));
    ObjectNode out =
        ApiJson.object().put("stateMachineAliasArn", alias.arn()).put("name", alias.name());
    ApiJson.putText(out, "description", alias.description());
    ArrayNode routes = out.putArray("routingConfiguration");
    alias
        .routes()
        .forEach(
            r ->
                routes
                    .addObject()
                    .put("stateMachineVersionArn", r.versionArn())
                    .put("weight", r.weight()));
    ApiJson.putTime(out, "creationDate", alias.creationDate());
    ApiJson.putTime(out, "updateDate", alias.updateDate());
    return out;
  }

  private JsonNode updateAlias(ApiRequest request) {
    String arn = Arns.check(request.required("stateMachineAliasArn"), "stateMachine");
    String description = request.optional("description");
    List<AliasRoute> routes = routes(request, false);
    if (description == null && routes == null) {
      throw new SfnApiException(
          "MissingRequiredParameter",
          "Either the description or the routing configuration must be specified");
    }
    StateMachineAlias alias = emulator.updateAlias(arn, description, routes);
    ObjectNode out = ApiJson.object();
    ApiJson.putTime(out, "updateDate", alias.updateDate());
    return out;
  }

  private JsonNode deleteAlias(ApiRequest request) {
    emulator.deleteAlias(Arns.check(request.required("stateMachineAliasArn"), "stateMachine"));
    return ApiJson.object();
  }

  private JsonNode listAliases(ApiRequest request) {
    String arn = Arns.check(request.required("stateMachineArn"), "stateMachine");
    Paging.check(request);
    return listPage(
        emulator.listAliases(arn),
        request,
        "stateMachineAliases",
        "stateMachineAliasArn",
        StateMachineAlias::arn,
        StateMachineAlias::creationDate);
  }

  /** One page of a list of ARNs with their creation dates, as both list operations answer. */
  private static <T> ObjectNode listPage(
      List<T> all,
      ApiRequest request,
      String member,
      String arnField,
      Function<T, String> arn,
      Function<T, Instant> created) {
    Paging.Page<T> page = Paging.page(all, request);
    ObjectNode out = ApiJson.object();
    ArrayNode items = out.putArray(member);
    for (T item : page.items()) {
      ApiJson.putTime(
          items.addObject().put(arnField, arn.apply(item)), "creationDate", created.apply(item));
    }
    ApiJson.putText(out, "nextToken", page.nextToken());
    return out;
  }

  /** The {@code routingConfiguration} member, or null when absent and not required. */
  private static List<AliasRoute> routes(ApiRequest request, boolean required) {
    JsonNode node = request.node("routingConfiguration");
    if (node == null && !required) {
      return null;
    }
    if (node == null) {
      throw ApiRequest.invalid("routingConfiguration", null, "Member must not be null");
    }
    if (!node.isArray()) {
      throw ApiRequest.invalid("routingConfiguration", node, "Member must be a list of routes");
    }
    List<AliasRoute> routes = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isObject()) {
        throw ApiRequest.invalid("routingConfiguration", node, "Member must be a list of routes");
      }
      ApiRequest route = new ApiRequest((ObjectNode) node.get(i));
      if (route.node("weight") == null) {
        throw ApiRequest.invalid(
            "routingConfiguration." + (i + 1) + ".member.weight", null, "Member must not be null");
      }
      routes.add(
          new AliasRoute(
              route.required("stateMachineVersionArn"),
              route.integer("weight", Integer.MIN_VALUE, Integer.MAX_VALUE, 0)));
    }
    return routes;
  }
}
