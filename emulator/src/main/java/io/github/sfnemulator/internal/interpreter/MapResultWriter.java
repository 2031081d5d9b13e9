package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.MapState;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;

/**
 * A distributed Map's ResultWriter: puts the results file and the manifest through the Task
 * responder ({@code s3:putObject} calls with Bucket, Key and Body), and gives the Map state the
 * result AWS gives it: {@code {"MapRunArn", "ResultWriterDetails": {"Bucket", "Key"}}}.
 */
final class MapResultWriter {
  private MapResultWriter() {}

  static JsonNode write(
      Fiber f, MapState s, String mapRunArn, JsonNode effective, ArrayNode results) {
    MapState.ResultWriter writer = s.resultWriter();
    StateScope scope = new StateScope(f, s.common().isJsonata() ? f.rawInput : effective);
    JsonNode parameters =
        writer.parameters() == null ? Json.NODES.objectNode() : writer.parameters().evaluate(scope);
    String bucket = parameters.path("Bucket").asText();
    String prefix = parameters.path("Prefix").asText("");
    String runId = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
    String folder =
        (prefix.isEmpty() ? "" : prefix.endsWith("/") ? prefix : prefix + "/") + runId + "/";
    ArrayNode succeeded = Json.NODES.arrayNode();
    for (JsonNode output : results) {
      succeeded.addObject().put("Output", Json.write(output)).put("Status", "SUCCEEDED");
    }
    String resultsKey = folder + "SUCCEEDED_0.json";
    String body = Json.write(succeeded);
    put(f, s, writer, bucket, resultsKey, body);
    ObjectNode manifest = Json.NODES.objectNode();
    manifest.put("DestinationBucket", bucket);
    manifest.put("MapRunArn", mapRunArn);
    ObjectNode files = manifest.putObject("ResultFiles");
    files.putArray("FAILED");
    files.putArray("PENDING");
    files.putArray("SUCCEEDED").addObject().put("Key", resultsKey).put("Size", body.length());
    String manifestKey = folder + "manifest.json";
    put(f, s, writer, bucket, manifestKey, Json.write(manifest));
    ObjectNode result = Json.NODES.objectNode();
    result.put("MapRunArn", mapRunArn);
    result.putObject("ResultWriterDetails").put("Bucket", bucket).put("Key", manifestKey);
    return result;
  }

  private static void put(
      Fiber f, MapState s, MapState.ResultWriter writer, String bucket, String key, String body) {
    ObjectNode parameters =
        Json.NODES.objectNode().put("Bucket", bucket).put("Key", key).put("Body", body);
    TaskCall call =
        new TaskCall(
            f.run.info.executionArn(),
            s.name(),
            writer.resource(),
            parameters,
            f.run.nextInvocation(s.name()),
            null);
    TaskResponse response = f.run.respond(call).response();
    if (response instanceof TaskResponse.Throw t) {
      throw new TaskFailure(
          StatesErrors.RESULT_WRITER_FAILED,
          "The ResultWriter's "
              + writer.resource()
              + " call for '"
              + key
              + "' failed with "
              + t.error()
              + ": "
              + t.cause());
    }
    if (response instanceof TaskResponse.Timeout) {
      throw new TaskFailure(
          StatesErrors.RESULT_WRITER_FAILED,
          "The ResultWriter's " + writer.resource() + " call timed out.");
    }
  }
}
