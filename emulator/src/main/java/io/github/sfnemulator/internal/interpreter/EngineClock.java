package io.github.sfnemulator.internal.interpreter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The engine's time: virtual (moved only by the engine, under its lock) or the system clock. Read
 * from any lane without a lock.
 */
final class EngineClock {
  private final boolean virtual;
  private volatile Instant virtualNow;

  EngineClock(boolean virtual, Instant start) {
    this.virtual = virtual;
    this.virtualNow = start.truncatedTo(ChronoUnit.MILLIS);
  }

  boolean isVirtual() {
    return virtual;
  }

  Instant now() {
    return virtual ? virtualNow : Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Moves virtual time forward to {@code when}; never backwards. */
  void advanceTo(Instant when) {
    if (virtual && when.isAfter(virtualNow)) {
      virtualNow = when;
    }
  }
}
