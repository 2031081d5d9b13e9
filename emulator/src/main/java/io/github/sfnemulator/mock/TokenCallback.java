package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The answer of a callback task ({@code .waitForTaskToken}): the service call returns {@link
 * #callResult()} (what SendMessage, Publish or Invoke answered, recorded in {@code TaskSubmitted}),
 * then the worker that received the task token sends heartbeats and finally success or failure,
 * each at a virtual time after the call, as {@code SendTaskHeartbeat}, {@code SendTaskSuccess} and
 * {@code SendTaskFailure} would. Under the virtual clock nothing waits for real time: an awaiting
 * caller moves time to the next callback. Immutable.
 *
 * <pre>{@code
 * mocks.stubFor(state("AskApproval")                        // sqs:sendMessage.waitForTaskToken
 *     .willCompleteToken(tokenSuccess("{\"approved\":true}")
 *         .after(Duration.ofHours(2))
 *         .withHeartbeatsAt(Duration.ofMinutes(30), Duration.ofMinutes(90))));
 * mocks.stubFor(state("AskManager")
 *     .willCompleteToken(tokenFailure("Rejected", "over budget").after(Duration.ofDays(1))));
 * }</pre>
 *
 * <p>The worker can only answer a token it was sent: the emulator fails the state with {@code
 * States.Runtime} when the call's parameters do not carry the token ({@code "token.$":
 * "$$.Task.Token"} anywhere in them, or inside a string such as a message body).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TokenCallback implements TaskResponse {

  /**
   * How the worker ends the wait.
   *
   * <pre>{@code
   * TokenCallback callback = tokenFailure("Rejected", "over budget").after(Duration.ofDays(1));
   * callback.outcome(); // FAILURE: SendTaskFailure with callback.error() and callback.cause()
   * }</pre>
   */
  public enum Outcome {
    /** {@code SendTaskSuccess} with {@link #output()}. */
    SUCCESS,
    /** {@code SendTaskFailure} with {@link #error()} and {@link #cause()}. */
    FAILURE,
    /** Heartbeats only: the state's TimeoutSeconds or HeartbeatSeconds ends the wait. */
    NONE
  }

  private static final Pattern SHORT_DELAY =
      Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private final Outcome outcome;
  private final JsonNode output;
  private final String error;
  private final String cause;
  private final Duration after;
  private final List<Duration> heartbeats;
  private final JsonNode callResult;

  private TokenCallback(
      Outcome outcome,
      JsonNode output,
      String error,
      String cause,
      Duration after,
      List<Duration> heartbeats,
      JsonNode callResult) {
    this.outcome = outcome;
    this.output = output;
    this.error = error;
    this.cause = cause;
    this.after = after;
    this.heartbeats = List.copyOf(heartbeats);
    this.callResult = callResult;
    for (Duration h : this.heartbeats) {
      if (h.isNegative()) {
        throw new IllegalArgumentException("A heartbeat cannot come before the call: " + h);
      }
      if (outcome != Outcome.NONE && h.compareTo(after) > 0) {
        throw new IllegalArgumentException(
            "A heartbeat at "
                + h
                + " comes after the token is "
                + (outcome == Outcome.SUCCESS ? "completed" : "failed")
                + " (at "
                + after
                + "): the token is spent by then.");
      }
    }
  }

  /**
   * Reads a delay as scenario and mock files write it: ISO-8601 ({@code PT2H}, {@code P1D}, {@code
   * PT1H30M}) or the short form, days to seconds in that order ({@code 2h}, {@code 90m}, {@code
   * 1h30m}, {@code 45s}, {@code 1d}).
   *
   * @throws IllegalArgumentException naming both forms when {@code text} is neither
   */
  public static Duration parseDelay(String text) {
    String t = text == null ? "" : text.trim();
    Matcher m = SHORT_DELAY.matcher(t);
    try {
      if (!t.isEmpty() && m.matches()) {
        Duration d = Duration.ZERO;
        long[] unitSeconds = {86_400, 3_600, 60, 1};
        for (int i = 0; i < unitSeconds.length; i++) {
          if (m.group(i + 1) != null) {
            d = d.plusSeconds(Math.multiplyExact(Long.parseLong(m.group(i + 1)), unitSeconds[i]));
          }
        }
        return d;
      }
      Duration d = Duration.parse(t);
      if (!d.isNegative()) {
        return d;
      }
    } catch (RuntimeException e) {
      // not ISO-8601 either: the message below shows both forms
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a delay: write it as 2h, 90m, 1h30m, 45s or 1d, or in ISO-8601 as PT2H,"
            + " PT1H30M or P1D");
  }

  /**
   * The worker sends {@code SendTaskSuccess} with {@code output}, at once unless {@link #after}.
   */
  public static TokenCallback success(JsonNode output) {
    return new TokenCallback(
        Outcome.SUCCESS,
        Objects.requireNonNull(output, "output"),
        null,
        null,
        Duration.ZERO,
        List.of(),
        Json.NODES.objectNode());
  }

  /** The worker sends {@code SendTaskFailure}; Retry and Catch match {@code error}. */
  public static TokenCallback failure(String error, String cause) {
    return new TokenCallback(
        Outcome.FAILURE,
        null,
        Objects.requireNonNull(error, "error"),
        cause,
        Duration.ZERO,
        List.of(),
        Json.NODES.objectNode());
  }

  /** The worker only sends heartbeats, at these times after the call, and never answers. */
  public static TokenCallback heartbeatsOnly(Duration... at) {
    return new TokenCallback(
        Outcome.NONE, null, null, null, Duration.ZERO, List.of(at), Json.NODES.objectNode());
  }

  /** This callback, sent {@code delay} of (virtual) time after the call. */
  public TokenCallback after(Duration delay) {
    if (Objects.requireNonNull(delay, "delay").isNegative()) {
      throw new IllegalArgumentException("A callback cannot come before the call: " + delay);
    }
    return new TokenCallback(outcome, output, error, cause, delay, heartbeats, callResult);
  }

  /** This callback, with {@code SendTaskHeartbeat} calls at these times after the call. */
  public TokenCallback withHeartbeatsAt(Duration... at) {
    List<Duration> all = new ArrayList<>(heartbeats);
    all.addAll(List.of(at));
    all.sort(null);
    return new TokenCallback(outcome, output, error, cause, after, all, callResult);
  }

  /** What the service call itself answered (the TaskSubmitted output); {@code {}} by default. */
  public TokenCallback withCallResult(JsonNode result) {
    return new TokenCallback(
        outcome, output, error, cause, after, heartbeats, Objects.requireNonNull(result, "result"));
  }

  /** {@link #withCallResult(JsonNode)} from JSON text. */
  public TokenCallback withCallResult(String resultJson) {
    return withCallResult(Json.parse(resultJson));
  }

  public Outcome outcome() {
    return outcome;
  }

  /** The success output; null unless the outcome is {@link Outcome#SUCCESS}. */
  public JsonNode output() {
    return output;
  }

  /** The failure's error; null unless the outcome is {@link Outcome#FAILURE}. */
  public String error() {
    return error;
  }

  /** The failure's cause; may be null. */
  public String cause() {
    return cause;
  }

  /** When, after the call, the success or failure is sent. */
  public Duration after() {
    return after;
  }

  /** When, after the call, heartbeats are sent, in order. */
  public List<Duration> heartbeats() {
    return heartbeats;
  }

  public JsonNode callResult() {
    return callResult;
  }

  @Override
  public String toString() {
    String end =
        switch (outcome) {
          case SUCCESS -> "tokenSuccess(" + output + ").after(" + after + ")";
          case FAILURE -> "tokenFailure(" + error + ", " + cause + ").after(" + after + ")";
          case NONE -> "heartbeatsOnly()";
        };
    return heartbeats.isEmpty() ? end : end + ".withHeartbeatsAt(" + heartbeats + ")";
  }
}
