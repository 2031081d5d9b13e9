package io.github.sfnemulator.internal.interpreter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO-8601 extended offset date-times, as Wait and the Timestamp operators accept them. */
final class Timestamps {
  private Timestamps() {}

  /** The instant, or null when {@code text} is not such a timestamp. */
  static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
