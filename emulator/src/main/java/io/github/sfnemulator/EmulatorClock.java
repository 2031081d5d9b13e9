package io.github.sfnemulator;

import io.github.sfnemulator.internal.interpreter.Engine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The emulator's time. Under the default virtual clock, time moves only when the emulator skips
 * ahead (every execution is waiting on a timer and a caller awaits a result) or when a test calls
 * {@link #advance}; the history's timestamps show the virtual time.
 *
 * <pre>{@code
 * Execution e = emulator.startExecution(arn, "{}");   // enters a Wait of one hour
 * emulator.clock().advance(Duration.ofMinutes(59));   // still waiting
 * emulator.clock().advance(Duration.ofMinutes(1));    // the Wait ends
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class EmulatorClock {
  private final Engine engine;

  EmulatorClock(Engine engine) {
    this.engine = engine;
  }

  public Instant now() {
    return engine.now();
  }

  public boolean isVirtual() {
    return engine.isVirtualTime();
  }

  /**
   * When the earliest pending timer (a Wait, a retry interval, a timeout) falls due, or empty when
   * nothing waits on time. Lets a test advance exactly to the next thing that will happen.
   */
  public Optional<Instant> nextTimerDue() {
    return Optional.ofNullable(engine.nextTimerDue());
  }

  /**
   * Moves virtual time forward, running every timer that falls due on the way, in order.
   *
   * @throws IllegalStateException under the real clock
   */
  public void advance(Duration duration) {
    if (!engine.isVirtualTime()) {
      throw new IllegalStateException(
          "advance() needs the virtual clock; this emulator uses the system clock"
              + " (EmulatorOptions.virtualTime(false)).");
    }
    engine.advance(duration);
  }
}
