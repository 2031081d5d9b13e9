package io.github.sfnemulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.junit.internal.ExecutionTrace;
import io.github.sfnemulator.junit.internal.StateVisit;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ExecutionTraceTest {

  @Test
  void counts_retries_within_a_visit_and_renders_them() {
    // GIVEN
    Execution execution = Workflows.order(2, TaskResponse.returning("{\"charged\":true}"));
    // WHEN
    ExecutionTrace trace = ExecutionTrace.of(execution);
    // THEN
    assertThat(trace.visitsOf("Charge"))
        .singleElement()
        .extracting(StateVisit::retries)
        .isEqualTo(2);
    assertThat(trace.render())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "Execution 'run-1' SUCCEEDED",
                "  Validate (Pass)",
                "  Charge (Task) retried 2x after Lambda.TooManyRequestsException",
                "  Notify (Pass)"));
  }

  @Test
  void shows_a_catch_with_its_error_cause_and_target() {
    Execution execution =
        Workflows.order(0, TaskResponse.throwing("Card.Declined", "insufficient funds"));

    ExecutionTrace trace = ExecutionTrace.of(execution);

    StateVisit charge = trace.visitsOf("Charge").get(0);
    assertThat(charge.caught()).isTrue();
    assertThat(charge.caughtInto()).isEqualTo("Refund");
    assertThat(trace.render())
        .contains("  Charge (Task) caught Card.Declined (\"insufficient funds\") -> Refund")
        .contains("  Refund (Pass)");
  }

  @Test
  void shows_the_state_that_failed_the_execution() {
    String definition =
        Workflows.definition("order.asl.json").replace("\"States.ALL\"", "\"Card.Declined\"");
    Execution execution =
        Workflows.run(definition, "{}", Workflows.throttledCharge(9, TaskResponse.returning("{}")));

    assertThat(ExecutionTrace.of(execution).render())
        .startsWith(
            "Execution 'run-1' FAILED with Lambda.TooManyRequestsException (\"Rate exceeded\")")
        .contains(
            "  Charge (Task) retried 3x after Lambda.TooManyRequestsException"
                + " failed Lambda.TooManyRequestsException (\"Rate exceeded\")");
  }

  @Test
  void attributes_retries_to_the_right_parallel_branch_and_map_iteration() {
    // GIVEN Left fails once, the second Map item fails once
    Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    Execution execution =
        Workflows.run(
            Workflows.definition("branches.asl.json"),
            "{\"items\":[1,2,3]}",
            (TaskCall call) -> {
              String key = call.stateName() + call.parameters().path("n").asInt();
              boolean flaky = call.stateName().equals("Left") || key.equals("Item2");
              return flaky && failedOnce.add(key)
                  ? TaskResponse.throwing("Boom", "flaky")
                  : TaskResponse.returning("{}");
            });
    // WHEN
    ExecutionTrace trace = ExecutionTrace.of(execution);
    // THEN
    assertThat(execution.status().name()).as(trace.render()).isEqualTo("SUCCEEDED");
    assertThat(trace.visitsOf("Left")).extracting(StateVisit::retries).containsExactly(1);
    assertThat(trace.visitsOf("Right")).extracting(StateVisit::retries).containsExactly(0);
    assertThat(trace.visitsOf("Fan out")).extracting(StateVisit::retries).containsExactly(0);
    assertThat(trace.visitsOf("Item"))
        .extracting(StateVisit::retries)
        .containsExactlyInAnyOrder(0, 1, 0);
    assertThat(trace.visitsOf("Item")).extracting(StateVisit::depth).containsOnly(1);
    assertThat(trace.visitsOf("Each"))
        .singleElement()
        .extracting(v -> v.exited() != null)
        .isEqualTo(true);
    List<String> lines = trace.render().lines().toList();
    assertThat(lines).contains("    Left (Task) retried 1x after Boom", "    Right (Task)");
  }
}
