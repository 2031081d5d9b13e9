package io.github.sfnemulator.internal.interpreter;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The engine's time: virtual (moved only by the engine) or the system clock. */
final class EngineClock {
  private final boolean virtual;
  private Instant virtualNow;

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

  void advance(Duration d) {
    advanceTo(virtualNow.plus(d));
  }
}
