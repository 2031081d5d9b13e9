package io.github.sfnemulator;

import io.github.sfnemulator.internal.interpreter.ExecutionRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * RedriveExecution's rules beyond the execution itself (API reference, RedriveExecution): EXPRESS
 * executions and deleted machines are not redriven, and a client token repeats the answer of a
 * successful redrive for the execution's last 10 tokens, for 15 minutes of the emulator's clock.
 * Thread-safe.
 */
final class Redrives {
  private static final int REMEMBERED_TOKENS = 10;
  private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

  private record Token(String value, Instant firstUsed, Instant redriveDate) {}

  private final Map<String, Deque<Token>> tokens = new HashMap<>();

  /**
   * Why the execution cannot be redriven now, or null; {@code type} is null for a deleted machine.
   */
  static String blocker(ExecutionRun run, StateMachineType type) {
    if (type == StateMachineType.EXPRESS) {
      return "Execution of an EXPRESS state machine cannot be redriven";
    }
    if (type == null && run.isTerminal() && run.status() != ExecutionStatus.SUCCEEDED) {
      return "State machine is in DELETING status";
    }
    return run.redriveBlocker();
  }

  /**
   * Redrives {@code run} unless {@code clientToken} repeats a recent successful redrive of it;
   * returns the redrive date. Call under the run's lane lock.
   *
   * @throws SfnApiException {@code ExecutionNotRedrivable} with AWS's reason
   */
  Instant redrive(ExecutionRun run, StateMachineType type, String clientToken, Instant now) {
    String arn = run.info().executionArn();
    if (clientToken != null) {
      Token earlier = recent(arn, clientToken, now);
      if (earlier != null) {
        return earlier.redriveDate();
      }
    }
    String blocker = blocker(run, type);
    if (blocker != null) {
      throw new SfnApiException("ExecutionNotRedrivable", blocker);
    }
    run.redrive();
    if (clientToken != null) {
      remember(arn, new Token(clientToken, now, run.redriveDate()));
    }
    return run.redriveDate();
  }

  private synchronized Token recent(String arn, String clientToken, Instant now) {
    for (Token t : tokens.getOrDefault(arn, new ArrayDeque<>())) {
      if (t.value().equals(clientToken) && now.isBefore(t.firstUsed().plus(TOKEN_LIFETIME))) {
        return t;
      }
    }
    return null;
  }

  private synchronized void remember(String arn, Token token) {
    // the SDK sends a token with every request: forget the executions whose tokens all expired
    tokens
        .values()
        .removeIf(ts -> !token.firstUsed().isBefore(ts.getLast().firstUsed().plus(TOKEN_LIFETIME)));
    Deque<Token> recent = tokens.computeIfAbsent(arn, k -> new ArrayDeque<>());
    recent.addLast(token);
    while (recent.size() > REMEMBERED_TOKENS) {
      recent.removeFirst();
    }
  }
}
