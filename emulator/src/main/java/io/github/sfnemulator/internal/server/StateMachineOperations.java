package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StateMachineType;
import io.github.sfnemulator.StateMachineVersion;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.internal.versions.QualifiedArn;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.ValidationResult;
import java.time.Instant;
import java.util.Map;

/** CreateStateMachine, UpdateStateMachine, Describe..., List..., Delete... and validation. */
final class StateMachineOperations {
  private final StepFunctionsEmulator emulator;
  private final ResourceMetadata metadata;

  StateMachineOperations(ApiContext context) {
    this.emulator = context.emulator();
    this.metadata = context.metadata();
  }

  void register(Map<String, Operation> operations) {
    operations.put("CreateStateMachine", this::create);
    operations.put("UpdateStateMachine", this::update);
    operations.put("DescribeStateMachine", this::describe);
    operations.put("ListStateMachines", this::list);
    operations.put("DeleteStateMachine", this::delete);
    operations.put("ValidateStateMachineDefinition", this::validate);
  }

  private JsonNode create(ApiRequest request) {
    boolean publish = publishRequested(request);
    String name = request.required("name");
    String definition = request.required("definition");
    String roleArn = request.optional("roleArn");
    String type = type(request);
    StateMachine machine =
        emulator.createStateMachine(name, definition, roleArn, StateMachineType.valueOf(type));
    metadata.created(machine.arn(), type);
    metadata.tag(machine.arn(), Tags.read(request));
    ObjectNode out = ApiJson.object().put("stateMachineArn", machine.arn());
    ApiJson.putTime(out, "creationDate", machine.creationDate());
    if (publish) {
      out.put(
          "stateMachineVersionArn",
          emulator.publishVersion(machine.arn(), request.optional("versionDescription")).arn());
    }
    return out;
  }

  /**
   * The {@code publish} flag of CreateStateMachine and UpdateStateMachine; a {@code
   * versionDescription} without it is refused, in AWS's words.
   */
  private static boolean publishRequested(ApiRequest request) {
    boolean publish = request.bool("publish", false);
    if (!publish && request.optional("versionDescription") != null) {
      throw new SfnApiException(
          "ValidationException", "Version description can only be set when publish is true");
    }
    return publish;
  }

  private JsonNode update(ApiRequest request) {
    String arn = Arns.check(request.required("stateMachineArn"), "stateMachine");
    boolean publish = publishRequested(request);
    String definition = request.optional("definition");
    String roleArn = request.optional("roleArn");
    if (definition == null
        && roleArn == null
        && request.node("loggingConfiguration") == null
        && request.node("tracingConfiguration") == null) {
      throw new SfnApiException(
          "MissingRequiredParameter",
          "Either the definition, the role ARN, the LoggingConfiguration, or the"
              + " TracingConfiguration must be specified");
    }
    StateMachine updated = emulator.updateStateMachine(arn, definition, roleArn);
    Instant now = emulator.clock().now();
    metadata.updated(arn, now);
    ObjectNode out = ApiJson.object();
    ApiJson.putTime(out, "updateDate", now);
    ApiJson.putText(out, "revisionId", updated.revisionId());
    if (publish) {
      out.put(
          "stateMachineVersionArn",
          emulator.publishVersion(arn, request.optional("versionDescription")).arn());
    }
    return out;
  }

  private JsonNode describe(ApiRequest request) {
    String arn = Arns.check(request.required("stateMachineArn"), "stateMachine");
    if (QualifiedArn.parse(arn).isVersion()) {
      return describeVersion(emulator.describeVersion(arn));
    }
    return describeMachine(emulator.describeStateMachine(arn));
  }

  /** DescribeStateMachine of a version ARN: the version's snapshot, with its description. */
  private ObjectNode describeVersion(StateMachineVersion version) {
    StateMachine machine = emulator.describeStateMachine(version.arn());
    ObjectNode out = body(machine, metadata.type(version.stateMachineArn()));
    ApiJson.putText(out, "description", version.description());
    ApiJson.putText(out, "revisionId", version.revisionId());
    return out;
  }

  /** DescribeStateMachine's body; DescribeStateMachineForExecution returns most of it. */
  ObjectNode describeMachine(StateMachine machine) {
    ObjectNode out = body(machine, metadata.type(machine.arn()));
    ApiJson.putTime(out, "updateDate", metadata.updateDate(machine.arn()));
    ApiJson.putText(out, "revisionId", machine.revisionId());
    return out;
  }

  /** What a state machine and a version describe alike. */
  private static ObjectNode body(StateMachine machine, String type) {
    ObjectNode out =
        ApiJson.object()
            .put("stateMachineArn", machine.arn())
            .put("name", machine.name())
            .put("status", "ACTIVE")
            .put("definition", machine.definition())
            .put("roleArn", machine.roleArn())
            .put("type", type);
    ApiJson.putTime(out, "creationDate", machine.creationDate());
    out.putObject("loggingConfiguration").put("level", "OFF").put("includeExecutionData", false);
    out.putObject("tracingConfiguration").put("enabled", false);
    return out;
  }

  private JsonNode list(ApiRequest request) {
    Paging.Page<StateMachine> page = Paging.page(emulator.listStateMachines(), request);
    ObjectNode out = ApiJson.object();
    ArrayNode items = out.putArray("stateMachines");
    for (StateMachine machine : page.items()) {
      ObjectNode item =
          items
              .addObject()
              .put("stateMachineArn", machine.arn())
              .put("name", machine.name())
              .put("type", metadata.type(machine.arn()));
      ApiJson.putTime(item, "creationDate", machine.creationDate());
    }
    ApiJson.putText(out, "nextToken", page.nextToken());
    return out;
  }

  private JsonNode delete(ApiRequest request) {
    String arn = Arns.check(request.required("stateMachineArn"), "stateMachine");
    emulator.deleteStateMachine(arn);
    metadata.deleted(arn);
    return ApiJson.object();
  }

  private JsonNode validate(ApiRequest request) {
    String definition = request.required("definition");
    type(request);
    ValidationResult result = emulator.validate(definition);
    ObjectNode out = ApiJson.object().put("result", result.isValid() ? "OK" : "FAIL");
    ArrayNode diagnostics = out.putArray("diagnostics");
    for (Diagnostic d : result.diagnostics()) {
      diagnostics
          .addObject()
          .put("severity", d.severity().name())
          .put("code", d.code())
          .put("message", d.message())
          .put("location", d.location());
    }
    out.put("truncated", false);
    return out;
  }

  private static String type(ApiRequest request) {
    String type = request.optional("type");
    if (type == null) {
      return "STANDARD";
    }
    if (!type.equals("STANDARD") && !type.equals("EXPRESS")) {
      throw ApiRequest.invalid(
          "type", type, "Member must satisfy enum value set: [STANDARD, EXPRESS]");
    }
    return type;
  }
}
