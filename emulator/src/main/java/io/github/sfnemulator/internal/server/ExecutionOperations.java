package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachineVersion;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.internal.limits.ApiConstraints;
import io.github.sfnemulator.internal.versions.QualifiedArn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Starting, describing, listing and stopping executions. */
final class ExecutionOperations {
  /** AWS ends a synchronous Express execution after five minutes. */
  private static final Duration SYNC_LIMIT = Duration.ofMinutes(5);

  private final StepFunctionsEmulator emulator;
  private final ResourceMetadata metadata;
  private final VirtualTimeDriver timeDriver;
  private final StateMachineOperations machines;
  private final MapRunOperations mapRuns;

  ExecutionOperations(
      ApiContext context, StateMachineOperations machines, MapRunOperations mapRuns) {
    this.mapRuns = mapRuns;
    this.emulator = context.emulator();
    this.metadata = context.metadata();
    this.timeDriver = context.timeDriver();
    this.machines = machines;
  }

  void register(Map<String, Operation> operations) {
    operations.put("StartExecution", this::start);
    operations.put("StartSyncExecution", this::startSync);
    operations.put("DescribeExecution", this::describe);
    operations.put("DescribeStateMachineForExecution", this::describeMachine);
    operations.put("ListExecutions", this::list);
    operations.put("StopExecution", this::stop);
  }

  private JsonNode start(ApiRequest request) {
    String arn = Arns.check(request.required("stateMachineArn"), "stateMachine");
    Execution execution =
        emulator.startExecution(arn, request.optional("name"), request.optional("input"));
    timeDriver.executionStarted();
    ObjectNode out = ApiJson.object().put("executionArn", execution.arn());
    ApiJson.putTime(out, "startDate", execution.startDate());
    return out;
  }

  private JsonNode startSync(ApiRequest request) {
    String arn = Arns.check(request.required("stateMachineArn"), "stateMachine");
    ApiConstraints.checkInput(
        request.optional("input")); // a field's constraint comes first, as on AWS
    if (!metadata.allowsSync(QualifiedArn.parse(withoutTestCase(arn)).machineArn())) {
      throw new SfnApiException(
          "StateMachineTypeNotSupported",
          "This operation is not supported by this type of state machine: StartSyncExecution needs"
              + " an EXPRESS state machine.");
    }
    Execution execution =
        emulator.startExecution(arn, request.optional("name"), request.optional("input"));
    timeDriver.executionStarted();
    ObjectNode out;
    try {
      out = details(execution.await(SYNC_LIMIT));
    } catch (IllegalStateException e) {
      emulator.stopExecution(
          execution.arn(), "States.Timeout", "The execution ran longer than 5 minutes.");
      out = details(execution).put("status", ExecutionStatus.TIMED_OUT.name());
    }
    // StartSyncExecution's response has no redrive or version members
    out.remove(
        List.of(
            "redriveStatus",
            "redriveStatusReason",
            "redriveCount",
            "redriveDate",
            "stateMachineVersionArn",
            "stateMachineAliasArn"));
    out.set("billingDetails", ExpressBilling.details(execution));
    return out;
  }

  private JsonNode describe(ApiRequest request) {
    // AWS describes no Express execution: its ARN's type (express) is refused
    String arn = Arns.check(request.required("executionArn"), "execution");
    return details(emulator.describeExecution(arn));
  }

  private JsonNode describeMachine(ApiRequest request) {
    String arn = Arns.check(request.required("executionArn"), "execution", "express");
    Execution execution = emulator.describeExecution(arn);
    ObjectNode out =
        machines.describeMachine(emulator.describeStateMachine(execution.stateMachineArn()));
    if (execution.stateMachineVersionArn() != null) {
      // the machine as the version it ran, under the state machine's own ARN
      StateMachineVersion version = emulator.describeVersion(execution.stateMachineVersionArn());
      out.put("definition", version.definition())
          .put("roleArn", version.roleArn())
          .remove("revisionId");
      ApiJson.putText(out, "revisionId", version.revisionId());
    }
    out.remove(List.of("status", "type", "creationDate"));
    if (!out.has("updateDate")) {
      out.set(
          "updateDate", ApiJson.object().numberNode(ApiJson.epochSeconds(execution.startDate())));
    }
    return out;
  }

  private JsonNode list(ApiRequest request) {
    String mapRunArn = request.optional("mapRunArn");
    String redriveFilter = redriveFilter(request.optional("redriveFilter"));
    if (mapRunArn != null && request.optional("stateMachineArn") != null) {
      throw new SfnApiException(
          "ValidationException", "Specify either stateMachineArn or mapRunArn, not both.");
    }
    String filter = request.optional("statusFilter");
    ExecutionStatus status = filter == null ? null : status(filter);
    if (mapRunArn != null) {
      return mapRuns.listExecutions(request, mapRunArn, redriveFilter);
    }
    String arn = Arns.check(request.required("stateMachineArn"), "stateMachine");
    Paging.check(request);
    if ("EXPRESS".equals(metadata.type(QualifiedArn.parse(arn).machineArn()))) {
      throw new SfnApiException(
          "StateMachineTypeNotSupported",
          "This operation is not supported by this type of state machine");
    }
    List<Execution> all = emulator.listExecutions(arn);
    if (status != null) {
      all = all.stream().filter(e -> e.status() == status).toList();
    }
    if (redriveFilter != null) {
      all =
          all.stream()
              .filter(e -> (e.redriveCount() > 0) == redriveFilter.equals("REDRIVEN"))
              .toList();
    }
    Paging.Page<Execution> page = Paging.page(all, request);
    ObjectNode out = ApiJson.object();
    ArrayNode items = out.putArray("executions");
    for (Execution e : page.items()) {
      ObjectNode item =
          listItem(
              items,
              e.arn(),
              e.stateMachineArn(),
              e.name(),
              e.status(),
              e.startDate(),
              e.stopDate());
      putVersion(item, e);
      if (e.redriveCount() > 0) {
        item.put("redriveCount", e.redriveCount());
        ApiJson.putTime(item, "redriveDate", e.redriveDate());
      }
    }
    ApiJson.putText(out, "nextToken", page.nextToken());
    return out;
  }

  private JsonNode stop(ApiRequest request) {
    String arn = Arns.check(request.required("executionArn"), "execution");
    emulator.stopExecution(arn, request.optional("error"), request.optional("cause"));
    ObjectNode out = ApiJson.object();
    ApiJson.putTime(out, "stopDate", emulator.describeExecution(arn).stopDate());
    return out;
  }

  /** Adds one ListExecutions item with its required members to {@code items}. */
  static ObjectNode listItem(
      ArrayNode items,
      String arn,
      String machineArn,
      String name,
      ExecutionStatus status,
      Instant start,
      Instant stop) {
    ObjectNode item =
        items
            .addObject()
            .put("executionArn", arn)
            .put("stateMachineArn", machineArn)
            .put("name", name)
            .put("status", status.name());
    ApiJson.putTime(item, "startDate", start);
    ApiJson.putTime(item, "stopDate", stop);
    return item;
  }

  /** DescribeExecution's body. */
  static ObjectNode details(Execution e) {
    ObjectNode out =
        ApiJson.object()
            .put("executionArn", e.arn())
            .put("stateMachineArn", e.stateMachineArn())
            .put("name", e.name())
            .put("status", e.status().name());
    putVersion(out, e);
    ApiJson.putTime(out, "startDate", e.startDate());
    ApiJson.putTime(out, "stopDate", e.stopDate());
    out.put("input", e.input());
    out.set("inputDetails", ApiJson.included());
    if (e.output() != null) {
      out.put("output", e.output());
      out.set("outputDetails", ApiJson.included());
    }
    ApiJson.putText(out, "error", e.error());
    ApiJson.putText(out, "cause", e.cause());
    out.put("redriveCount", e.redriveCount());
    ApiJson.putTime(out, "redriveDate", e.redriveDate());
    out.put("redriveStatus", e.redriveStatus().name());
    ApiJson.putText(out, "redriveStatusReason", e.redriveStatusReason());
    return out;
  }

  /** The ARN without its {@code #TestCase} suffix. */
  private static String withoutTestCase(String arn) {
    int hash = arn.indexOf('#');
    return hash < 0 ? arn : arn.substring(0, hash);
  }

  /**
   * The version that ran and the alias that chose it, when the execution was started through them.
   */
  private static void putVersion(ObjectNode target, Execution e) {
    ApiJson.putText(target, "stateMachineVersionArn", e.stateMachineVersionArn());
    ApiJson.putText(target, "stateMachineAliasArn", e.stateMachineAliasArn());
  }

  private static String redriveFilter(String filter) {
    if (filter != null && !filter.equals("REDRIVEN") && !filter.equals("NOT_REDRIVEN")) {
      throw ApiRequest.invalid(
          "redriveFilter", filter, "Member must satisfy enum value set: [REDRIVEN, NOT_REDRIVEN]");
    }
    return filter;
  }

  private static ExecutionStatus status(String filter) {
    try {
      return ExecutionStatus.valueOf(filter);
    } catch (IllegalArgumentException e) {
      throw ApiRequest.invalid(
          "statusFilter",
          filter,
          "Member must satisfy enum value set: [RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED,"
              + " PENDING_REDRIVE]");
    }
  }
}
