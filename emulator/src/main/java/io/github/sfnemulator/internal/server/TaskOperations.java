package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.Activity;
import io.github.sfnemulator.ActivityTask;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Task tokens (SendTask*) and activities, including the GetActivityTask long poll. */
final class TaskOperations {
  private final StepFunctionsEmulator emulator;
  private final ResourceMetadata metadata;
  private final Duration pollTimeout;

  TaskOperations(ApiContext context) {
    this.emulator = context.emulator();
    this.metadata = context.metadata();
    this.pollTimeout = context.options().activityPollTimeout();
  }

  void register(Map<String, Operation> operations) {
    operations.put("SendTaskSuccess", this::success);
    operations.put("SendTaskFailure", this::failure);
    operations.put("SendTaskHeartbeat", this::heartbeat);
    operations.put("CreateActivity", this::createActivity);
    operations.put("DescribeActivity", this::describeActivity);
    operations.put("ListActivities", this::listActivities);
    operations.put("DeleteActivity", this::deleteActivity);
    operations.put("GetActivityTask", this::getActivityTask);
  }

  private JsonNode success(ApiRequest request) {
    emulator.sendTaskSuccess(request.required("taskToken"), request.required("output"));
    return ApiJson.object();
  }

  private JsonNode failure(ApiRequest request) {
    emulator.sendTaskFailure(
        request.required("taskToken"), request.optional("error"), request.optional("cause"));
    return ApiJson.object();
  }

  private JsonNode heartbeat(ApiRequest request) {
    emulator.sendTaskHeartbeat(request.required("taskToken"));
    return ApiJson.object();
  }

  private JsonNode createActivity(ApiRequest request) {
    Activity activity = emulator.createActivity(request.required("name"));
    metadata.tag(activity.arn(), Tags.read(request));
    ObjectNode out = ApiJson.object().put("activityArn", activity.arn());
    ApiJson.putTime(out, "creationDate", activity.creationDate());
    return out;
  }

  private JsonNode describeActivity(ApiRequest request) {
    Activity activity =
        emulator.describeActivity(Arns.check(request.required("activityArn"), "activity"));
    ObjectNode out =
        ApiJson.object().put("activityArn", activity.arn()).put("name", activity.name());
    ApiJson.putTime(out, "creationDate", activity.creationDate());
    return out;
  }

  private JsonNode listActivities(ApiRequest request) {
    Paging.Page<Activity> page = Paging.page(emulator.listActivities(), request);
    ObjectNode out = ApiJson.object();
    ArrayNode items = out.putArray("activities");
    for (Activity a : page.items()) {
      ObjectNode item = items.addObject().put("activityArn", a.arn()).put("name", a.name());
      ApiJson.putTime(item, "creationDate", a.creationDate());
    }
    ApiJson.putText(out, "nextToken", page.nextToken());
    return out;
  }

  private JsonNode deleteActivity(ApiRequest request) {
    String arn = Arns.check(request.required("activityArn"), "activity");
    emulator.deleteActivity(arn);
    metadata.deleted(arn);
    return ApiJson.object();
  }

  private JsonNode getActivityTask(ApiRequest request) {
    String arn = Arns.check(request.required("activityArn"), "activity");
    Optional<ActivityTask> task =
        emulator.getActivityTask(arn, request.optional("workerName"), pollTimeout);
    ObjectNode out = ApiJson.object();
    task.ifPresent(t -> out.put("taskToken", t.taskToken()).put("input", t.input()));
    return out;
  }
}
