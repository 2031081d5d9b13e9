package io.github.sfnemulator.internal.server;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the API knows about resources beyond the emulator's model: a state machine's type and last
 * update, and every resource's tags. Thread-safe.
 */
final class ResourceMetadata {
  private final Map<String, String> types = new ConcurrentHashMap<>();
  private final Map<String, Instant> updates = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> tags = new ConcurrentHashMap<>();

  /** STANDARD unless created as EXPRESS through the API. */
  String type(String stateMachineArn) {
    return types.getOrDefault(stateMachineArn, "STANDARD");
  }

  /**
   * Whether StartSyncExecution may run it: not for a machine created STANDARD through the API, as
   * in AWS; machines created in process have no type and are allowed.
   */
  boolean allowsSync(String stateMachineArn) {
    return !"STANDARD".equals(types.get(stateMachineArn));
  }

  void created(String arn, String type) {
    types.put(arn, type);
  }

  void updated(String arn, Instant when) {
    updates.put(arn, when);
  }

  Instant updateDate(String arn) {
    return updates.get(arn);
  }

  void deleted(String arn) {
    types.remove(arn);
    updates.remove(arn);
    tags.remove(arn);
  }

  void tag(String arn, Map<String, String> added) {
    tags.compute(
        arn,
        (k, current) -> {
          Map<String, String> next =
              current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
          next.putAll(added);
          return Collections.unmodifiableMap(next);
        });
  }

  void untag(String arn, Iterable<String> keys) {
    tags.computeIfPresent(
        arn,
        (k, current) -> {
          Map<String, String> next = new LinkedHashMap<>(current);
          keys.forEach(next::remove);
          return next.isEmpty() ? null : Collections.unmodifiableMap(next);
        });
  }

  Map<String, String> tags(String arn) {
    return tags.getOrDefault(arn, Map.of());
  }
}
