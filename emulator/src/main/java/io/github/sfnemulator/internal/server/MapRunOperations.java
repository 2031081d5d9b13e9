package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.MapRun;
import io.github.sfnemulator.MapRunExecution;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.util.List;
import java.util.Map;

/** ListMapRuns, DescribeMapRun, UpdateMapRun, and ListExecutions of a Map Run's children. */
final class MapRunOperations {
  private final StepFunctionsEmulator emulator;

  MapRunOperations(ApiContext context) {
    this.emulator = context.emulator();
  }

  void register(Map<String, Operation> operations) {
    operations.put("ListMapRuns", this::list);
    operations.put("DescribeMapRun", this::describe);
    operations.put("UpdateMapRun", this::update);
  }

  private JsonNode list(ApiRequest request) {
    String arn = Arns.check(request.required("executionArn"), "execution");
    Paging.check(request);
    Paging.Page<MapRun> page = Paging.page(emulator.listMapRuns(arn), request);
    ObjectNode out = ApiJson.object();
    ArrayNode runs = out.putArray("mapRuns");
    for (MapRun run : page.items()) {
      ObjectNode item =
          runs.addObject()
              .put("executionArn", run.executionArn())
              .put("mapRunArn", run.arn())
              .put("stateMachineArn", run.stateMachineArn());
      ApiJson.putTime(item, "startDate", run.startDate());
      ApiJson.putTime(item, "stopDate", run.stopDate());
    }
    ApiJson.putText(out, "nextToken", page.nextToken());
    return out;
  }

  private JsonNode describe(ApiRequest request) {
    MapRun run = emulator.describeMapRun(Arns.check(request.required("mapRunArn"), "mapRun"));
    ObjectNode out =
        ApiJson.object()
            .put("mapRunArn", run.arn())
            .put("executionArn", run.executionArn())
            .put("status", run.status().name());
    ApiJson.putTime(out, "startDate", run.startDate());
    ApiJson.putTime(out, "stopDate", run.stopDate());
    out.put("maxConcurrency", run.maxConcurrency())
        .put("toleratedFailurePercentage", (float) run.toleratedFailurePercentage())
        .put("toleratedFailureCount", run.toleratedFailureCount());
    out.set("itemCounts", counts(run.itemCounts()));
    out.set("executionCounts", counts(run.executionCounts()));
    out.put("redriveCount", run.redriveCount());
    ApiJson.putTime(out, "redriveDate", run.redriveDate());
    return out;
  }

  private static ObjectNode counts(MapRun.Counts c) {
    return ApiJson.object()
        .put("pending", c.pending())
        .put("running", c.running())
        .put("succeeded", c.succeeded())
        .put("failed", c.failed())
        .put("timedOut", c.timedOut())
        .put("aborted", c.aborted())
        .put("total", c.total())
        .put("resultsWritten", c.resultsWritten())
        .put("failuresNotRedrivable", c.failuresNotRedrivable())
        .put("pendingRedrive", c.pendingRedrive());
  }

  private JsonNode update(ApiRequest request) {
    String arn = Arns.check(request.required("mapRunArn"), "mapRun");
    Integer maxConcurrency =
        request.node("maxConcurrency") == null
            ? null
            : request.integer("maxConcurrency", 0, Integer.MAX_VALUE, 0);
    Double percentage = number(request, "toleratedFailurePercentage", 100);
    Double count = number(request, "toleratedFailureCount", Long.MAX_VALUE);
    if (count != null && count != Math.rint(count)) {
      throw ApiRequest.invalid("toleratedFailureCount", count, "Member must be an integer");
    }
    emulator.updateMapRun(
        arn, maxConcurrency, percentage, count == null ? null : count.longValue());
    return ApiJson.object();
  }

  /** A number member within {@code [0, max]}, or null when absent. */
  private static Double number(ApiRequest request, String field, double max) {
    JsonNode v = request.node(field);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      throw ApiRequest.invalid(field, v.asText(), "Member must be a number");
    }
    double value = v.doubleValue();
    if (value < 0) {
      throw ApiRequest.invalid(
          field, v.asText(), "Member must have value greater than or equal to 0");
    }
    if (value > max) {
      throw ApiRequest.invalid(
          field, v.asText(), "Member must have value less than or equal to " + (long) max);
    }
    return value;
  }

  /** ListExecutions with a {@code mapRunArn}: the run's child executions. */
  JsonNode listExecutions(ApiRequest request, String mapRunArn, String redriveFilter) {
    Paging.check(request);
    List<MapRunExecution> all = emulator.listMapRunExecutions(Arns.check(mapRunArn, "mapRun"));
    String status = request.optional("statusFilter");
    all =
        all.stream()
            .filter(e -> status == null || e.status().name().equals(status))
            .filter(
                e ->
                    redriveFilter == null
                        || (e.redriveCount() > 0) == redriveFilter.equals("REDRIVEN"))
            .toList();
    Paging.Page<MapRunExecution> page = Paging.page(all, request);
    ObjectNode out = ApiJson.object();
    ArrayNode items = out.putArray("executions");
    for (MapRunExecution e : page.items()) {
      ObjectNode item =
          ExecutionOperations.listItem(
              items,
              e.arn(),
              e.stateMachineArn(),
              e.name(),
              e.status(),
              e.startDate(),
              e.stopDate());
      item.put("mapRunArn", e.mapRunArn())
          .put("itemCount", e.itemCount())
          .put("redriveCount", e.redriveCount());
      ApiJson.putTime(item, "redriveDate", e.redriveDate());
    }
    ApiJson.putText(out, "nextToken", page.nextToken());
    return out;
  }
}
