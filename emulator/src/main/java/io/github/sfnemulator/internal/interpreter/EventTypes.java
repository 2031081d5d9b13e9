package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.history.HistoryEventType;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The entered and exited event types of each state type, looked up once per type, not per event. */
final class EventTypes {
  private static final ConcurrentMap<String, HistoryEventType> ENTERED = new ConcurrentHashMap<>();
  private static final ConcurrentMap<String, HistoryEventType> EXITED = new ConcurrentHashMap<>();

  private static final ConcurrentMap<HistoryEventType, String> DETAILS_KEYS =
      new ConcurrentHashMap<>();

  private EventTypes() {}

  /** The details key of an event type: {@code TaskScheduled} has {@code taskScheduledEventDetails}. */
  static String detailsKey(HistoryEventType type) {
    return DETAILS_KEYS.computeIfAbsent(
        type,
        t -> Character.toLowerCase(t.name().charAt(0)) + t.name().substring(1) + "EventDetails");
  }

  static HistoryEventType entered(String stateType) {
    return ENTERED.computeIfAbsent(stateType, t -> HistoryEventType.valueOf(t + "StateEntered"));
  }

  static HistoryEventType exited(String stateType) {
    return EXITED.computeIfAbsent(stateType, t -> HistoryEventType.valueOf(t + "StateExited"));
  }
}
