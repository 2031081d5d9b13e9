package io.github.sfnemulator.internal.query.jsonpath;

/**
 * Bounds the length of a path. Jayway's compiler and the ResultPath writer recurse once per
 * segment, and a path thousands of segments long would build data nested deeper than any JSON
 * reader accepts (Jackson's default is 1,000 levels); the bound turns both into a clear message.
 */
final class PathSegments {
  /** The most {@code .name} and {@code [...]} steps a path may take. */
  static final int MAX = 500;

  private static final int SHOWN = 80;

  private PathSegments() {}

  /** The number of {@code .} and {@code [} outside quotes: an upper bound on the steps. */
  static int count(String text) {
    int count = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '.' || c == '[') {
        count++;
      }
    }
    return count;
  }

  /** The path, cut short when too long to quote whole in a message. */
  static String abbreviate(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
  }
}
