package io.github.sfnemulator.history;

import io.github.sfnemulator.internal.history.SdkHistoryEvents;
import java.util.List;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The history of an execution run by any Step Functions endpoint (AWS, LocalStack, an {@code
 * SfnServer}), read with the AWS SDK's {@code GetExecutionHistory} into the emulator's events, so
 * {@link ExecutionTrace} answers the same questions about it.
 *
 * <pre>{@code
 * ExecutionTrace trace = ExecutionTrace.of("o-1", RemoteHistory.read(sfnClient, executionArn));
 * trace.retries("Charge");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RemoteHistory {
  private RemoteHistory() {}

  /** Every event of the execution so far, oldest first, all pages read. */
  public static List<HistoryEvent> read(SfnClient sfn, String executionArn) {
    return SdkHistoryEvents.read(sfn, executionArn);
  }

  /**
   * The SDK's events as the emulator's. Event types this version does not know are left out; the
   * events that followed from them are linked to the event before.
   */
  public static List<HistoryEvent> fromSdk(
      List<software.amazon.awssdk.services.sfn.model.HistoryEvent> events) {
    return SdkHistoryEvents.convert(events);
  }
}
