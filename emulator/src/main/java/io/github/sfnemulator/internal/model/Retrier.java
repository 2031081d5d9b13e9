package io.github.sfnemulator.internal.model;

import java.util.List;

/**
 * One entry of a Retry field.
 *
 * @param maxDelaySeconds MaxDelaySeconds, or null for no cap
 */
public record Retrier(
    List<String> errorEquals,
    int intervalSeconds,
    int maxAttempts,
    double backoffRate,
    Integer maxDelaySeconds,
    JitterStrategy jitterStrategy) {

  public static final int DEFAULT_INTERVAL_SECONDS = 1;
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final double DEFAULT_BACKOFF_RATE = 2.0;

  public Retrier {
    errorEquals = List.copyOf(errorEquals);
  }

  /** How retries are spread: FULL picks a random delay up to the computed one. */
  public enum JitterStrategy {
    FULL,
    NONE
  }
}
