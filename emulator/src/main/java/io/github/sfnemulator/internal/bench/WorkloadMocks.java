package io.github.sfnemulator.internal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers Task states from a workload's mocks, keyed by state name and chosen by the call's
 * per-execution invocation index. A Task state without a mock fails with {@code Mock.Missing}, as
 * in the peer harness. Stateless, so one instance serves any number of executions and threads.
 */
public final class WorkloadMocks implements TaskResponder {
  private final Map<String, MockResponses> byState = new HashMap<>();

  public WorkloadMocks(JsonNode mocks) {
    mocks
        .fields()
        .forEachRemaining(
            e -> byState.put(e.getKey(), new MockResponses(e.getKey(), e.getValue())));
  }

  @Override
  public TaskResponse respond(TaskCall call) {
    MockResponses responses = byState.get(call.stateName());
    if (responses == null) {
      throw new StatesException("Mock.Missing", "no mock for Task state " + call.stateName());
    }
    return responses.forInvocation(call.invocation());
  }
}
