package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.history.HistoryEventType;
import java.util.HashMap;
import java.util.Map;

/**
 * The entered and exited event types of each state type and the details key of each event type,
 * computed once for all types when the class loads: a look-up per event is a plain map or array
 * read.
 */
final class EventTypes {
  private static final Map<String, HistoryEventType> ENTERED = new HashMap<>();
  private static final Map<String, HistoryEventType> EXITED = new HashMap<>();
  private static final String[] DETAILS_KEYS = new String[HistoryEventType.values().length];

  static {
    for (HistoryEventType t : HistoryEventType.values()) {
      String name = t.name();
      DETAILS_KEYS[t.ordinal()] =
          Character.toLowerCase(name.charAt(0)) + name.substring(1) + "EventDetails";
      // interned: State.type() returns literals, which a look-up then finds by identity
      if (name.endsWith("StateEntered")) {
        ENTERED.put(name.substring(0, name.length() - "StateEntered".length()).intern(), t);
      } else if (name.endsWith("StateExited")) {
        EXITED.put(name.substring(0, name.length() - "StateExited".length()).intern(), t);
      }
    }
  }

  private EventTypes() {}

  /**
   * The details key of an event type: {@code TaskScheduled} has {@code taskScheduledEventDetails}.
   */
  static String detailsKey(HistoryEventType type) {
    return DETAILS_KEYS[type.ordinal()];
  }

  static HistoryEventType entered(String stateType) {
    return ENTERED.get(stateType);
  }

  static HistoryEventType exited(String stateType) {
    return EXITED.get(stateType);
  }
}
