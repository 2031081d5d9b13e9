package io.github.sfnemulator.internal.integrations.sdk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The {@code SdkHttpMetadata} and {@code SdkResponseMetadata} members that the optimized
 * integrations (Lambda invoke, DynamoDB, SNS, SQS) add to a service's result.
 */
public final class HttpMetadata {
  private HttpMetadata() {}

  /** Adds both members to {@code result} from the response's HTTP status, headers and id. */
  public static ObjectNode addTo(ObjectNode result, AwsResponse response) {
    SdkHttpResponse http = response.sdkHttpResponse();
    ObjectNode all = Json.NODES.objectNode();
    ObjectNode single = Json.NODES.objectNode();
    for (Map.Entry<String, List<String>> h : http.headers().entrySet()) {
      ArrayNode values = all.putArray(h.getKey());
      h.getValue().forEach(values::add);
      single.put(h.getKey(), String.join(",", h.getValue()));
    }
    ObjectNode sdkHttp = Json.NODES.objectNode();
    sdkHttp.set("AllHttpHeaders", all);
    sdkHttp.set("HttpHeaders", single);
    sdkHttp.put("HttpStatusCode", http.statusCode());
    result.set("SdkHttpMetadata", sdkHttp);
    ObjectNode meta = result.putObject("SdkResponseMetadata");
    String id = response.responseMetadata().requestId();
    meta.put("RequestId", id);
    return result;
  }
}
