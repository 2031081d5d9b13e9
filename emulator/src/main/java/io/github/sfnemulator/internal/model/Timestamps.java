package io.github.sfnemulator.internal.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** ASL's timestamps: ISO-8601 extended offset date-times such as {@code 2016-03-14T01:59:00Z}. */
public final class Timestamps {
  /** The RFC 3339 shape a definition's constant timestamps must have (seconds, an offset). */
  private static final Pattern SHAPE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private Timestamps() {}

  /** The instant of a runtime value (Wait, the Timestamp operators), or null when it is none. */
  public static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether a timestamp written in a definition is valid (the validator's stricter rule). */
  public static boolean isValid(String text) {
    return SHAPE.matcher(text).matches() && parse(text) != null;
  }
}
