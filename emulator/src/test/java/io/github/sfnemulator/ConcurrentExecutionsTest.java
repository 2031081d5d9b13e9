package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentExecutionsTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 50;

  @Test
  void many_executions_started_and_awaited_from_many_threads_all_succeed_with_their_own_output()
      throws Exception {
    // GIVEN a machine with a Task, a Wait and a Map; the Task doubles its input
    String definition =
        """
        {"StartAt": "Double", "States": {
          "Double": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                     "Parameters": {"n.$": "$.n"}, "ResultPath": "$.doubled", "Next": "Nap"},
          "Nap": {"Type": "Wait", "SecondsPath": "$.n", "Next": "Each"},
          "Each": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.items", "End": true,
            "ItemSelector": {"v.$": "$$.Map.Item.Value", "i.$": "$$.Map.Item.Index"},
            "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
        """;
    EmulatorOptions options =
        EmulatorOptions.newBuilder()
            .taskResponder(
                call ->
                    TaskResponse.returning(
                        TestExecutions.json(
                            Integer.toString(call.parameters().get("n").asInt() * 2))))
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("Concurrent", definition);
      List<Callable<List<Execution>>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(
            () -> {
              List<Execution> done = new ArrayList<>();
              for (int i = 0; i < PER_THREAD; i++) {
                int n = thread * PER_THREAD + i;
                String input = "{\"n\": " + n + ", \"items\": [\"a" + n + "\", \"b" + n + "\"]}";
                done.add(
                    emulator.startExecution(machine.arn(), "t" + thread + "-" + i, input).await());
              }
              return done;
            });
      }
      // WHEN
      List<Execution> executions = new ArrayList<>();
      for (Future<List<Execution>> f : pool.invokeAll(workers)) {
        executions.addAll(f.get());
      }
      // THEN
      assertThat(executions).hasSize(THREADS * PER_THREAD);
      assertThat(executions)
          .allSatisfy(
              e ->
                  assertThat(e.status())
                      .as("%s: %s", e.error(), e.cause())
                      .isEqualTo(ExecutionStatus.SUCCEEDED));
      assertThat(executions).allSatisfy(ConcurrentExecutionsTest::hasItsOwnOutput);
      assertThat(emulator.listExecutions(machine.arn())).hasSize(THREADS * PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void hasItsOwnOutput(Execution e) {
    JsonNode out = e.outputJson();
    int n = out.get("n").asInt();
    assertThat(e.name()).isEqualTo("t" + n / PER_THREAD + "-" + n % PER_THREAD);
    assertThat(out.get("doubled").asInt()).isEqualTo(2 * n);
    assertThat(out.get("items"))
        .isEqualTo(
            TestExecutions.json(
                "[{\"v\": \"a" + n + "\", \"i\": 0}, {\"v\": \"b" + n + "\", \"i\": 1}]"));
    assertThat(e.stopDate()).isAfterOrEqualTo(e.startDate().plusSeconds(n));
  }
}
