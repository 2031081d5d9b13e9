package io.github.sfnemulator.benchmarks.handwritten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.benchmarks.HandWrittenBenchmark;
import io.github.sfnemulator.benchmarks.WorkloadBenchmark;
import io.github.sfnemulator.benchmarks.WorkloadsFolder;
import io.github.sfnemulator.internal.bench.Workload;
import io.github.sfnemulator.internal.bench.WorkloadCatalog;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.annotations.Param;

class HandWrittenWorkloadTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pass-chain",
        "choice-loop",
        "map-3k",
        "parallel-fanout",
        "task-retry-catch",
        "wait-heavy"
      })
  void gives_the_expected_output_of_the_workload_on_every_run(String name) {
    // GIVEN
    Workload workload = workload(name);
    HandWrittenWorkload handWritten = HandWrittenWorkload.of(workload);
    // WHEN: twice, as a benchmark runs it: nothing of one run (mock counters) leaks into the next
    JsonNode first = handWritten.run(workload.input());
    JsonNode second = handWritten.run(workload.input());
    // THEN
    assertThat(first).isEqualTo(workload.expectOutput());
    assertThat(second).isEqualTo(workload.expectOutput());
    assertThat(OutputCheck.mismatch(workload, first)).isNull();
  }

  @Test
  void covers_the_workloads_of_the_emulator_benchmark_under_the_same_names() throws Exception {
    // GIVEN
    String[] emulator =
        WorkloadBenchmark.class.getField("workload").getAnnotation(Param.class).value();
    // WHEN
    String[] handWritten =
        HandWrittenBenchmark.class.getField("workload").getAnnotation(Param.class).value();
    // THEN
    assertThat(handWritten).containsExactly(emulator);
  }

  @Test
  void fails_like_the_state_machine_when_the_input_lacks_a_field_parameters_read() {
    // GIVEN: choice-loop's Init reads $.limit
    HandWrittenWorkload choiceLoop = HandWrittenWorkload.of(workload("choice-loop"));
    // WHEN / THEN
    assertThatThrownBy(() -> choiceLoop.run("{\"max\":3}"))
        .isInstanceOfSatisfying(
            StatesFailure.class,
            f -> assertThat(f.error()).isEqualTo(StatesErrors.PARAMETER_PATH_FAILURE));
  }

  @Test
  void retries_the_flaky_task_as_many_times_as_max_attempts_then_fails_with_its_error() {
    // GIVEN: CallFlaky always throws FlakyError; its Retry has MaxAttempts 3 and it has no Catch
    List<TaskCall> calls = new ArrayList<>();
    TaskRetryCatch alwaysFlaky =
        new TaskRetryCatch(
            call -> {
              calls.add(call);
              return TaskResponse.throwing("FlakyError", "down");
            });
    // WHEN / THEN
    assertThatThrownBy(() -> alwaysFlaky.run("{\"orderId\":\"o-1\"}"))
        .isInstanceOfSatisfying(
            StatesFailure.class, f -> assertThat(f.error()).isEqualTo("FlakyError"));
    assertThat(calls).extracting(TaskCall::invocation).containsExactly(0, 1, 2, 3);
    assertThat(calls).extracting(TaskCall::stateName).containsOnly("CallFlaky");
    assertThat(calls.get(0).parameters())
        .isEqualTo(Json.parse("{\"FunctionName\":\"flaky\",\"Payload\":{\"orderId\":\"o-1\"}}"));
  }

  @Test
  void a_run_whose_output_differs_is_a_mismatch() {
    // GIVEN
    Workload waitHeavy = workload("wait-heavy");
    // WHEN
    String mismatch = OutputCheck.mismatch(waitHeavy, Json.parse("{\"id\":2}"));
    // THEN
    assertThat(mismatch).contains("wait-heavy").contains("{\"id\":1}").contains("{\"id\":2}");
  }

  private static Workload workload(String name) {
    Path folder = WorkloadsFolder.find();
    assumeTrue(
        folder != null, "no shared workloads folder (../shared/workloads); set -Dsfn.workloads");
    return WorkloadCatalog.open(folder).get(name);
  }
}
