package io.github.sfnemulator.internal.integrations.sdk;

import java.util.Map;
import java.util.Set;

/**
 * A service called over the AWS JSON wire protocol without an SDK client (the Maven mirror has no
 * SDK v2 jar for it). With that protocol the request body is the parameters as Step Functions gives
 * them and the response body is the result.
 *
 * @param id the service name in Step Functions resources
 * @param errorPrefix the service part of aws-sdk error names ({@code Sfn})
 * @param targetPrefix the {@code X-Amz-Target} prefix ({@code AWSEvents})
 * @param jsonVersion {@code 1.0} or {@code 1.1}
 * @param signingName the SigV4 service name, also the endpoint prefix
 */
public record JsonProtocolService(
    String id, String errorPrefix, String targetPrefix, String jsonVersion, String signingName) {

  public static final JsonProtocolService EVENTBRIDGE =
      new JsonProtocolService("eventbridge", "EventBridge", "AWSEvents", "1.1", "events");
  public static final JsonProtocolService SFN =
      new JsonProtocolService("sfn", "Sfn", "AWSStepFunctions", "1.0", "states");

  private static final Map<String, JsonProtocolService> BY_ID =
      Map.of(EVENTBRIDGE.id(), EVENTBRIDGE, SFN.id(), SFN);

  public static JsonProtocolService byId(String id) {
    return BY_ID.get(id);
  }

  public static Set<String> ids() {
    return BY_ID.keySet();
  }
}
