package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.mock.TaskResponder;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One execution's step never holds up the API or other executions (issue 14: a step used to run
 * under the one engine lock, so a slow step froze {@code listStateMachines} and every other
 * execution). Here a responder blocks inside one execution until the test lets it go.
 */
class LaneIsolationTest {
  private static final long SAFETY_NET_SECONDS = 30;

  @Test
  void a_blocked_responder_holds_up_neither_the_api_nor_another_execution() throws Exception {
    // GIVEN a responder that blocks the execution of "Blocked" until released
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TaskResponder responder =
        call -> {
          if (call.executionArn().contains(":Blocked:")) {
            entered.countDown();
            await(release);
          }
          return TestExecutions.ECHO.respond(call);
        };
    String task =
        """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "W"},
          "W": {"Type": "Wait", "Seconds": 3600, "End": true}}}
        """;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder().taskResponder(responder).build())) {
      StateMachine blocked = emulator.createStateMachine("Blocked", task);
      Future<Execution> first =
          pool.submit(() -> emulator.startExecution(blocked.arn(), "{}").await());
      assertThat(entered.await(SAFETY_NET_SECONDS, TimeUnit.SECONDS)).isTrue();
      // WHEN another thread uses the API and runs another execution, Wait included, to its end
      Future<Execution> second =
          pool.submit(
              () -> {
                StateMachine other = emulator.createStateMachine("Other", task);
                assertThat(emulator.listStateMachines()).hasSize(2);
                return emulator.startExecution(other.arn(), "{}").await();
              });
      // THEN it completes while the first execution is still blocked in its responder
      Execution done = second.get(SAFETY_NET_SECONDS, TimeUnit.SECONDS);
      assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      Execution running = emulator.listExecutions(blocked.arn()).get(0);
      assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
      assertThat(running.statesEntered()).containsExactly("T");
      // AND once released, the first one completes too
      release.countDown();
      assertThat(first.get(SAFETY_NET_SECONDS, TimeUnit.SECONDS).status())
          .isEqualTo(ExecutionStatus.SUCCEEDED);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
