package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.jsonata.JsonType;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * An ItemReader object's items, kept as the object's text and the offsets of each item: checked
 * whole when read, turned into JSON one item at a time as iterations start.
 */
final class TextItems implements MapItemList {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final Kind kind;
  private final char delimiter;
  private final List<String> headers;

  private enum Kind {
    JSON,
    CSV
  }

  private TextItems(
      String text, int[] starts, int[] ends, Kind kind, char delimiter, List<String> headers) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.kind = kind;
    this.delimiter = delimiter;
    this.headers = headers;
  }

  @Override
  public int size() {
    return starts.length;
  }

  @Override
  public JsonNode get(int index) {
    if (kind == Kind.JSON) {
      return Json.parse(text.substring(starts[index], ends[index]));
    }
    List<String> row = Csv.row(text, starts[index], delimiter);
    ObjectNode item = Json.object(headers.size());
    for (int c = 0; c < headers.size(); c++) {
      item.put(headers.get(c), c < row.size() ? row.get(c) : "");
    }
    return item;
  }

  /** The elements of a JSON array. */
  static TextItems jsonArray(String text) {
    Offsets offsets = new Offsets();
    try (JsonParser parser = Json.parser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        JsonNode parsed = first == null ? null : Json.parse(text);
        throw failed(
            "The JSON object must hold an array of items, not "
                + (parsed == null ? "nothing" : JsonType.of(parsed).awsName())
                + ".");
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        parser.skipChildren();
        // A string's text is read lazily: read it so the location is past its closing quote.
        parser.finishToken();
        offsets.add(start, (int) parser.currentLocation().getCharOffset());
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof TaskFailure f) {
        throw f;
      }
      throw failed("The object is not valid JSON.");
    }
    return new TextItems(text, offsets.starts(), offsets.ends(), Kind.JSON, ',', List.of());
  }

  /** The non-blank lines of a JSON Lines object, each a JSON value. */
  static TextItems jsonLines(String text) {
    Offsets offsets = new Offsets();
    int line = 0;
    int position = 0;
    while (position <= text.length()) {
      int end = text.indexOf('\n', position);
      if (end < 0) {
        end = text.length();
      }
      line++;
      int contentEnd = end > position && text.charAt(end - 1) == '\r' ? end - 1 : end;
      String content = text.substring(position, contentEnd);
      if (!content.isBlank()) {
        try {
          Json.parse(content);
        } catch (RuntimeException e) {
          throw failed("Line " + line + " of the JSONL object is not valid JSON.");
        }
        offsets.add(position, contentEnd);
      }
      position = end + 1;
    }
    return new TextItems(text, offsets.starts(), offsets.ends(), Kind.JSON, ',', List.of());
  }

  /**
   * The rows of a CSV object as objects keyed by {@code headers}, or by its first row when null.
   */
  static TextItems csv(String text, char delimiter, List<String> headers) {
    int[] rows = Csv.rowStarts(text, delimiter);
    if (headers == null) {
      if (rows.length == 0) {
        return new TextItems(text, rows, rows, Kind.CSV, delimiter, List.of());
      }
      headers = Csv.row(text, rows[0], delimiter);
      rows = Arrays.copyOfRange(rows, 1, rows.length);
    }
    return new TextItems(text, rows, null, Kind.CSV, delimiter, headers);
  }

  static TaskFailure failed(String cause) {
    return new TaskFailure(StatesErrors.ITEM_READER_FAILED, cause);
  }

  /** Growing arrays of start and end offsets. */
  private static final class Offsets {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    void add(int start, int end) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count++] = end;
    }

    int[] starts() {
      return Arrays.copyOf(starts, count);
    }

    int[] ends() {
      return Arrays.copyOf(ends, count);
    }
  }
}
