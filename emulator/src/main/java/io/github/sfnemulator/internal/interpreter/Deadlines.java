package io.github.sfnemulator.internal.interpreter;

import java.time.Duration;
import java.time.Instant;

/**
 * Time arithmetic that saturates. A definition or an input may ask for any delay (a retrier's
 * back-off grows without bound, a SecondsPath may hold {@code Long.MAX_VALUE}); no sum may throw,
 * and no execution outlives its maximum duration anyway, so a due beyond {@link #NEVER} is as good
 * as never.
 */
final class Deadlines {
  /** Far beyond any execution's end, and still within what every time conversion can hold. */
  static final Instant NEVER = Instant.parse("+10000-01-01T00:00:00Z");

  private Deadlines() {}

  /**
   * {@code from + d}, or {@link #NEVER} when that lies beyond it; a negative {@code d} counts as 0.
   */
  static Instant after(Instant from, Duration d) {
    if (d.isNegative() || d.isZero()) {
      return min(from);
    }
    long room = NEVER.getEpochSecond() - from.getEpochSecond();
    return d.getSeconds() >= room ? NEVER : from.plus(d);
  }

  static Instant afterSeconds(Instant from, long seconds) {
    return after(from, Duration.ofSeconds(Math.max(0, seconds)));
  }

  /** {@code from + seconds} for a delay computed in floating point (Infinity and NaN saturate). */
  static Instant afterSeconds(Instant from, double seconds) {
    if (!(seconds < (double) (NEVER.getEpochSecond() - from.getEpochSecond()))) {
      return NEVER;
    }
    return after(from, Duration.ofMillis(Math.round(seconds * 1000)));
  }

  /** The time from {@code now} to {@code due} in nanoseconds, capped at a day (for timed waits). */
  static long nanosUntil(Instant now, Instant due) {
    Duration d = Duration.between(now, due);
    return d.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1).toNanos() : d.toNanos();
  }

  private static Instant min(Instant t) {
    return t.isAfter(NEVER) ? NEVER : t;
  }
}
