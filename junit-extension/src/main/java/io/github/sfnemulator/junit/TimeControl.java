package io.github.sfnemulator.junit;

import io.github.sfnemulator.EmulatorClock;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.history.ExecutionTrace;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * Explicit control of the test's virtual time, so Waits, retry intervals and timeouts can be tested
 * step by step. Built on {@code EmulatorClock}; the history's timestamps show the virtual time.
 *
 * <pre>{@code
 * Execution execution = sfn.startExecution(order.arn(), "{}");   // stops at a Wait of 1 day
 * time.advance(Duration.ofHours(23));                             // still waiting
 * time.runUntilStateEntered(execution, "SendReminder");           // the Wait ends, exactly
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TimeControl {
  /** More timers than any sane test needs: protects against a Wait loop that never ends. */
  private static final int MAX_TIMERS = 100_000;

  private final EmulatorClock clock;

  TimeControl(EmulatorClock clock) {
    this.clock = clock;
  }

  /** The virtual time now. */
  public Instant now() {
    return clock.now();
  }

  /** Moves virtual time forward, running every Wait, retry and timeout due on the way. */
  public void advance(Duration duration) {
    clock.advance(duration);
  }

  /**
   * Advances virtual time timer by timer until {@code execution} enters {@code stateName} once more
   * than it had when called, and leaves the clock at that moment.
   *
   * @throws AssertionFailedError when the execution ends first, or waits for something other than
   *     time (a task token, an activity worker)
   */
  public Execution runUntilStateEntered(Execution execution, String stateName) {
    long before = entries(execution, stateName);
    for (int i = 0; i < MAX_TIMERS; i++) {
      if (entries(execution, stateName) > before) {
        return execution;
      }
      Optional<Instant> next = clock.nextTimerDue();
      if (execution.status().isTerminal() || next.isEmpty()) {
        throw notEntered(execution, stateName, next.isEmpty() && !execution.status().isTerminal());
      }
      Duration step = Duration.between(clock.now(), next.get());
      clock.advance(step.isNegative() ? Duration.ZERO : step);
    }
    throw notEntered(execution, stateName, false);
  }

  /** Runs {@code execution} to its end, skipping virtual time. */
  public Execution runToEnd(Execution execution) {
    return execution.await();
  }

  private static long entries(Execution execution, String stateName) {
    return execution.statesEntered().stream().filter(stateName::equals).count();
  }

  private static AssertionFailedError notEntered(Execution execution, String state, boolean stuck) {
    String why =
        stuck
            ? "it waits for something other than time (a task token or an activity worker)"
            : "it ended first";
    return new AssertionFailedError(
        String.format(
            "%nExpecting execution '%s' to enter state '%s' as time passes, but %s:%n%s",
            execution.name(),
            state,
            why,
            ExecutionTrace.of(execution.name(), execution.history()).render()));
  }
}
