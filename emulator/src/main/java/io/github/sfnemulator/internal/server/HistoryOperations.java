package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.HistoryPage;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.util.Map;

/** GetExecutionHistory: the emulator's events in AWS's JSON shape. */
final class HistoryOperations {
  /** AWS's page size when {@code maxResults} is absent. */
  private static final int DEFAULT_PAGE = 100;

  private final StepFunctionsEmulator emulator;

  HistoryOperations(ApiContext context) {
    this.emulator = context.emulator();
  }

  void register(Map<String, Operation> operations) {
    operations.put("GetExecutionHistory", this::history);
  }

  private JsonNode history(ApiRequest request) {
    String arn = Arns.check(request.required("executionArn"), "execution");
    int max = request.integer("maxResults", 0, 1000, 0);
    boolean reverse = request.bool("reverseOrder", false);
    boolean includeData = request.bool("includeExecutionData", true);
    HistoryPage page =
        emulator.getExecutionHistory(
            arn, reverse, max == 0 ? DEFAULT_PAGE : max, request.optional("nextToken"));
    ObjectNode out = ApiJson.object();
    ArrayNode events = out.putArray("events");
    page.events().forEach(e -> events.add(HistoryEventJson.event(e, includeData)));
    ApiJson.putText(out, "nextToken", page.nextToken());
    return out;
  }
}
