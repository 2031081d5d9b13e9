package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.math.BigDecimal;
import java.time.Instant;

/** Builds response members as the AWS JSON 1.0 protocol writes them. */
final class ApiJson {
  private ApiJson() {}

  static ObjectNode object() {
    return Json.NODES.objectNode();
  }

  /** Timestamps are epoch seconds as a JSON number, with milliseconds as the fraction. */
  static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.toEpochMilli(), 3);
  }

  static void putTime(ObjectNode target, String field, Instant instant) {
    if (instant != null) {
      target.put(field, epochSeconds(instant));
    }
  }

  static void putText(ObjectNode target, String field, String value) {
    if (value != null) {
      target.put(field, value);
    }
  }

  /** {@code inputDetails}/{@code outputDetails}: the emulator never leaves data out. */
  static ObjectNode included() {
    return object().put("included", true);
  }
}
