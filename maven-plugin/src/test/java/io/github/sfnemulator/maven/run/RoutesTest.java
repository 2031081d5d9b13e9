package io.github.sfnemulator.maven.run;

import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.Catch;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import org.junit.jupiter.api.Test;

class RoutesTest {
  private static final String RETRY =
      "\"Retry\":[{\"ErrorEquals\":[\"Busy\"],\"IntervalSeconds\":1,\"MaxAttempts\":5}]";

  private static ExecutionTrace trace(String definition, TaskMocks mocks, String input) {
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      String arn = emulator.createStateMachine("M", definition).arn();
      Execution execution = emulator.startExecution(arn, input).await();
      return ExecutionTrace.of(execution.name(), execution.history());
    }
  }

  private static String task(String name, String next) {
    return "\""
        + name
        + "\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
        + RETRY
        + ","
        + next
        + "}";
  }

  @Test
  void attributes_retries_to_each_parallel_branch_separately() {
    // GIVEN A is retried twice and B once, in branches that run side by side
    String definition =
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":["
            + "{\"StartAt\":\"A\",\"States\":{"
            + task("A", "\"End\":true")
            + "}},"
            + "{\"StartAt\":\"B\",\"States\":{"
            + task("B", "\"End\":true")
            + "}}]}}}";
    TaskMocks mocks = TaskMocks.create();
    mocks.stubFor(state("A").willThrow("Busy", "").thenThrow("Busy", "").thenReturn("{}"));
    mocks.stubFor(state("B").willThrow("Busy", "").thenReturn("{}"));
    // WHEN
    ExecutionTrace trace = trace(definition, mocks, "{}");
    // THEN
    assertThat(Routes.retries(trace)).containsOnly(entry("A", 2), entry("B", 1));
    assertThat(trace.statesEntered()).containsExactlyInAnyOrder("P", "A", "B").startsWith("P");
    assertThat(trace.catches()).isEmpty();
  }

  @Test
  void sums_retries_over_map_iterations_and_visits() {
    // GIVEN the first three calls fail: each iteration's first attempt, before any retry
    String definition =
        "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"End\":true,\"ItemProcessor\":"
            + "{\"StartAt\":\"T\",\"States\":{"
            + task("T", "\"End\":true")
            + "}}}}}";
    TaskMocks mocks = TaskMocks.create();
    mocks.stubFor(
        state("T")
            .willAnswer(
                call ->
                    call.invocation() < 3
                        ? TaskResponse.throwing("Busy", "")
                        : TaskResponse.returning(TaskMocks.lambdaInvokeResult("{}"))));
    // WHEN
    ExecutionTrace trace = trace(definition, mocks, "[1,2,3]");
    // THEN
    assertThat(trace.retries("T")).isEqualTo(3);
    assertThat(trace.retries("M")).isZero();
  }

  @Test
  void records_a_catch_of_a_parallel_state_with_its_error_and_next() {
    String definition =
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"Next\":\"Done\","
            + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Recover\"}],\"Branches\":["
            + "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"End\":true}}}]},"
            + "\"Recover\":{\"Type\":\"Pass\",\"End\":true},\"Done\":{\"Type\":\"Succeed\"}}}";
    TaskMocks mocks = TaskMocks.create();
    mocks.stubFor(state("A").willThrow("Boom", "it broke"));

    ExecutionTrace trace = trace(definition, mocks, "{}");

    assertThat(trace.catches())
        .extracting(Catch::state, Catch::error, Catch::next)
        .containsExactly(tuple("P", "Boom", "Recover"));
    assertThat(trace.statesEntered()).containsExactly("P", "A", "Recover");
  }

  @Test
  void sees_no_catch_when_a_task_succeeds_after_retries() {
    String definition = "{\"StartAt\":\"T\",\"States\":{" + task("T", "\"End\":true") + "}}";
    TaskMocks mocks = TaskMocks.create();
    mocks.stubFor(state("T").willThrow("Busy", "").thenReturn("{}"));

    ExecutionTrace trace = trace(definition, mocks, "{}");

    assertThat(trace.catches()).isEmpty();
    assertThat(Routes.retries(trace)).containsOnly(entry("T", 1));
  }
}
