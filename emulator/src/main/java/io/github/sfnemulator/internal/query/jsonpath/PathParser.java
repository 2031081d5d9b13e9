package io.github.sfnemulator.internal.query.jsonpath;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a path into its root ({@code $}, {@code $$}, {@code $name}) and the rest, and parses the
 * rest into a {@link SimplePath} when it is a plain chain of names and indexes.
 */
final class PathParser {
  private static final String NOT_SIMPLE_NAME_CHARS = ".[]*()?@'\" $,:";

  private PathParser() {}

  /** Length of the root token: 1 for {@code $}, 2 for {@code $$}, 1+name for {@code $name}. */
  static int rootLength(String text) {
    if (text.startsWith("$$")) {
      return 2;
    }
    int end = 1;
    while (end < text.length() && isVariableChar(text.charAt(end))) {
      end++;
    }
    return end;
  }

  static PathRoot root(String text) {
    if (text.startsWith("$$")) {
      return PathRoot.CONTEXT;
    }
    return rootLength(text) == 1 ? PathRoot.INPUT : PathRoot.VARIABLE;
  }

  static boolean isVariableChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** The chain after the root, or {@code null} when it needs the full JSONPath engine. */
  static SimplePath parseSimple(String rest) {
    if (rest.isEmpty()) {
      return SimplePath.EMPTY;
    }
    List<String> names = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    int i = 0;
    while (i < rest.length()) {
      char c = rest.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < rest.length() && NOT_SIMPLE_NAME_CHARS.indexOf(rest.charAt(end)) < 0) {
          end++;
        }
        if (end == i + 1) {
          return null; // '..' deep scan, '.*' wildcard, trailing dot
        }
        names.add(rest.substring(i + 1, end));
        indexes.add(0);
        i = end;
      } else if (c == '[') {
        i = parseBracket(rest, i, names, indexes);
        if (i < 0) {
          return null;
        }
      } else {
        return null;
      }
    }
    int[] indexArray = indexes.stream().mapToInt(Integer::intValue).toArray();
    return new SimplePath(names.toArray(new String[0]), indexArray);
  }

  private static int parseBracket(String rest, int open, List<String> names, List<Integer> idx) {
    int i = open + 1;
    if (i >= rest.length()) {
      return -1;
    }
    char quote = rest.charAt(i);
    if (quote == '\'' || quote == '"') {
      StringBuilder name = new StringBuilder();
      i++;
      // AWS keeps backslashes in bracket names as written; they only stop the quote ending it.
      while (i < rest.length() && rest.charAt(i) != quote) {
        if (rest.charAt(i) == '\\' && i + 1 < rest.length()) {
          name.append(rest.charAt(i++));
        }
        name.append(rest.charAt(i++));
      }
      if (i + 1 >= rest.length() || rest.charAt(i + 1) != ']') {
        return -1;
      }
      names.add(name.toString());
      idx.add(0);
      return i + 2;
    }
    int end = rest.indexOf(']', i);
    if (end < 0) {
      return -1;
    }
    String number = rest.substring(i, end).trim();
    if (!number.matches("-?\\d{1,9}")) {
      return -1;
    }
    names.add(null);
    idx.add(Integer.parseInt(number));
    return end + 1;
  }
}
