package io.github.sfnemulator.maven.scenario;

import io.github.sfnemulator.mock.TokenCallback;
import java.time.Duration;

/**
 * A scenario's {@code callback} as the emulator's {@link TokenCallback}.
 *
 * <pre>{@code
 * MockCallback callback = response.callback();  // callback: {after: 2h, success: {approved: true}}
 * TokenCallback token = MockCallbacks.toTokenCallback(callback);
 * token.after(); // PT2H
 * }</pre>
 */
public final class MockCallbacks {
  private MockCallbacks() {}

  /**
   * @throws IllegalArgumentException when a delay cannot be read or a heartbeat comes after the
   *     answer
   */
  public static TokenCallback toTokenCallback(MockCallback c) {
    TokenCallback t;
    if (c.success() != null) {
      t = TokenCallback.success(c.success());
    } else if (c.failure() != null) {
      t = TokenCallback.failure(c.failure().error(), c.failure().cause());
    } else {
      t = TokenCallback.heartbeatsOnly();
    }
    if (c.after() != null) {
      t = t.after(TokenCallback.parseDelay(c.after()));
    }
    if (!c.heartbeats().isEmpty()) {
      t =
          t.withHeartbeatsAt(
              c.heartbeats().stream().map(TokenCallback::parseDelay).toArray(Duration[]::new));
    }
    return c.callResult() == null ? t : t.withCallResult(c.callResult());
  }
}
