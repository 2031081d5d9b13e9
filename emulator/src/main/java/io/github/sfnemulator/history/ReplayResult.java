package io.github.sfnemulator.history;

import io.github.sfnemulator.Execution;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an {@link ExecutionReplay} found: a match, or the first difference between the recorded
 * history and the replayed one, naming the event id and type, the field, the expected (recorded)
 * and the actual (replayed) value.
 *
 * <pre>{@code
 * ReplayResult result = ExecutionReplay.of(definition, historyJson).run();
 * result.assertMatches(); // or: assertThat(result.matches()).isTrue()
 * ExecutionTrace trace = ExecutionTrace.of(result.execution().history());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReplayResult {
  private final String recording;
  private final int recordedEvents;
  private final String difference;
  private final Execution execution;

  ReplayResult(String recording, int recordedEvents, String difference, Execution execution) {
    this.recording = recording;
    this.recordedEvents = recordedEvents;
    this.difference = difference;
    this.execution = execution;
  }

  /** Whether the replayed history matches the recorded one, event by event. */
  public boolean matches() {
    return difference == null;
  }

  /**
   * The first difference, e.g. {@code history event #8 TaskFailed at /taskFailedEventDetails/error:
   * expected "Lambda.ServiceException" but was "Lambda.TooManyRequestsException"}; empty on a
   * match.
   */
  public Optional<String> firstDifference() {
    return Optional.ofNullable(difference);
  }

  /**
   * The replayed execution, for further assertions; empty when none could start (the definition was
   * rejected).
   */
  public Optional<Execution> execution() {
    return Optional.ofNullable(execution);
  }

  /** {@code PASS ...} or {@code FAIL ...} with the first difference, in one line. */
  public String message() {
    return matches()
        ? "PASS: the replay of " + recording + " matches its " + recordedEvents + " recorded events"
        : "FAIL: the replay of " + recording + " differs from its recorded history: " + difference;
  }

  /**
   * Does nothing on a match.
   *
   * @throws AssertionError with {@link #message()} when the histories differ
   */
  public ReplayResult assertMatches() {
    if (!matches()) {
      throw new AssertionError(message());
    }
    return this;
  }

  @Override
  public String toString() {
    return message();
  }
}
