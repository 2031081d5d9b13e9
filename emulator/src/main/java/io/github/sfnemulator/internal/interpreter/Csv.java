package io.github.sfnemulator.internal.interpreter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields (which may span lines), doubled quotes, CRLF or LF line ends. Rows
 * are found once and read again on demand, so a large object's rows are never all held as strings.
 */
final class Csv {
  private Csv() {}

  /** Where each non-blank row of {@code text} starts. */
  static int[] rowStarts(String text, char delimiter) {
    int[] starts = new int[16];
    int count = 0;
    List<String> fields = new ArrayList<>();
    int position = 0;
    while (position < text.length()) {
      int start = position;
      fields.clear();
      position = readRow(text, start, delimiter, fields);
      if (!fields.isEmpty()) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = start;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** The fields of the row that starts at {@code start}. */
  static List<String> row(String text, int start, char delimiter) {
    List<String> fields = new ArrayList<>();
    readRow(text, start, delimiter, fields);
    return fields;
  }

  /**
   * Reads one row into {@code fields} (left empty for a blank line) and returns where the next row
   * starts.
   */
  private static int readRow(String text, int start, char delimiter, List<String> fields) {
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int i = start;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        fieldStarted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        i++;
        break;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
    }
    return i;
  }
}
